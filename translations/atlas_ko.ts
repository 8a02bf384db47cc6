<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>Atlas</name>
    <message>
        <source>No. %1</source>
        <translation>%1위</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Atlas::ActorKind</name>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>국가연합</translation>
    </message>
    <message>
        <source>Sub-national</source>
        <translation>지방정부</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>국제기구·단체</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>연구기관</translation>
    </message>
</context>
<context>
    <name>Atlas::ActorModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
</context>
<context>
    <name>Atlas::ActorPicker</name>
    <message>
        <source>Countries and organisations</source>
        <translation>국가·기구</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n개 선택</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose countries, organisations and companies to show</source>
        <translation>표시할 국가, 국제기구, 기업을 선택합니다</translation>
    </message>
    <message>
        <source>Search names in Korean or English</source>
        <translation>한글 또는 영문 이름으로 검색</translation>
    </message>
    <message>
        <source>Search actors</source>
        <translation>주체 검색</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>주체</translation>
    </message>
</context>
<context>
    <name>Atlas::AnnotationPanel</name>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ 북마크됨</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ 북마크</translation>
    </message>
    <message>
        <source>Remove the bookmark from this chart</source>
        <translation>이 차트의 북마크 삭제</translation>
    </message>
    <message>
        <source>Bookmark this chart</source>
        <translation>이 차트 북마크</translation>
    </message>
    <message>
        <source>Remove the bookmark from this profile</source>
        <translation>이 프로필의 북마크 삭제</translation>
    </message>
    <message>
        <source>Bookmark this profile</source>
        <translation>이 프로필 북마크</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>북마크됨</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Could not save your note (%1). It is kept and will be saved again.</source>
        <translation>메모를 저장하지 못했습니다(%1). 입력한 내용은 보관되며 다시 저장을 시도합니다.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>입력 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>&amp;My note</source>
        <translation>내 메모(&amp;M)</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>Your own note on this chart. It is saved as you type.</source>
        <translation>이 차트에 대한 나만의 메모입니다. 입력하는 대로 저장됩니다.</translation>
    </message>
    <message>
        <source>Your own note on this country or organisation. It is saved as you type.</source>
        <translation>이 국가·기관에 대한 나만의 메모입니다. 입력하는 대로 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>Atlas::Application</name>
    <message>
        <source>AI Policy Atlas</source>
        <translation>AI 정책 아틀라스</translation>
    </message>
    <message>
        <source>The dataset %1 is damaged: %2</source>
        <translation>데이터셋 %1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>The dataset could not be restored: %1</source>
        <translation>데이터셋을 복원하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use map, timeline, charts, browse, countries, bookmarks, country:&lt;ISO3&gt;, item:&lt;id&gt;, chart:&lt;id&gt;, presenter or presenter:&lt;view&gt;.</source>
        <translation>알 수 없는 보기 &quot;%1&quot;: map, timeline, charts, browse, countries, bookmarks, country:&lt;ISO3&gt;, item:&lt;id&gt;, chart:&lt;id&gt;, presenter 또는 presenter:&lt;view&gt;를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>Atlas::BookmarkListModel</name>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>국가/기관</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>%1 (no longer in the dataset)</source>
        <translation>%1 (데이터셋에 없음)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Column header: when the bookmark was made</extracomment>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>Atlas::BookmarksView</name>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>북마크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 bookmarks</source>
        <translation>북마크 %2개 중 %1개</translation>
    </message>
    <message>
        <source>No bookmarks yet. Use ☆ Bookmark on an item, a country or organisation profile, or a chart, and it is listed here.</source>
        <translation>아직 북마크가 없습니다. 항목, 국가·기관 프로필, 차트에서 ☆ 북마크를 누르면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>No bookmarks of this kind.</source>
        <translation>이 종류의 북마크가 없습니다.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Countries and organisations</source>
        <translation>국가/기관</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Show only bookmarks of one kind</source>
        <translation>한 종류의 북마크만 표시</translation>
    </message>
    <message>
        <source>Kind of bookmark</source>
        <translation>북마크 종류</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>&amp;Remove bookmark</source>
        <translation>북마크 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected bookmark (Delete). Your note stays.</source>
        <translation>선택한 북마크를 삭제합니다(Delete). 메모는 남습니다.</translation>
    </message>
</context>
<context>
    <name>Atlas::BrowseView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>분류 패널</translation>
    </message>
    <message>
        <source>Export the filtered items as JSON</source>
        <translation>필터링한 항목을 JSON으로 내보내기</translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation>교환 형식 (*.json)</translation>
    </message>
    <message>
        <source>Export the filtered items as CSV</source>
        <translation>필터링한 항목을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>· best matches first (click a column to sort by it)</source>
        <translation>· 관련도순 (열 제목을 누르면 그 열로 정렬)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export the items shown, with the current search and filters</source>
        <translation>현재 검색어와 필터로 보이는 항목을 내보냅니다</translation>
    </message>
    <message>
        <source>As &amp;JSON (interchange format)…</source>
        <translation>&amp;JSON(교환 형식)으로…</translation>
    </message>
    <message>
        <source>Your own record</source>
        <translation>내가 추가한 기록</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>A record of the report: it cannot be edited</source>
        <translation>보고서의 기록이므로 편집할 수 없습니다</translation>
    </message>
    <message>
        <source>AI policy items</source>
        <translation>AI 정책 항목</translation>
    </message>
    <message>
        <source>%1 · Filtered: %2</source>
        <translation>%1 · 필터: %2</translation>
    </message>
    <message>
        <source>As a &amp;table, workbook or image (CSV, Excel, PNG, PDF)…</source>
        <translation>표, 통합 문서 또는 이미지로(&amp;T)(CSV, Excel, PNG, PDF)…</translation>
    </message>
    <message numerus="yes">
        <source>%n+ item(s)</source>
        <translation>
            <numerusform>항목 %n개 이상</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atlas::Category</name>
    <message>
        <source>Policy/law</source>
        <translation>정책/법제</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>기업/산업</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>기술/연구</translation>
    </message>
    <message>
        <source>Workforce/education</source>
        <translation>인력/교육</translation>
    </message>
</context>
<context>
    <name>Atlas::ChartBuilder</name>
    <message>
        <source>Spread between publishers</source>
        <translation>발표 기관 간 전망 범위</translation>
    </message>
    <message>
        <source>%1 (CAGR %2)</source>
        <translation>%1 (연평균 성장률 %2)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>보고값</translation>
    </message>
    <message>
        <source>Derived (computed)</source>
        <translation>파생값(계산)</translation>
    </message>
</context>
<context>
    <name>Atlas::ChartCatalogModel</name>
    <message>
        <source>Worldwide AI market size: forecasts compared</source>
        <translation>세계 AI 시장 규모: 기관별 전망 비교</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n point(s)</source>
        <translation>
            <numerusform>%1 · 시점 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>연평균 성장률 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>수치 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atlas::ChartGallery</name>
    <message>
        <source>Search charts (both languages)…</source>
        <translation>차트 검색(한·영)…</translation>
    </message>
    <message>
        <source>Matches titles, publishers and countries in Korean and English</source>
        <translation>제목, 발표 기관, 국가를 한국어와 영어로 함께 찾습니다</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>Atlas::ChartPanel</name>
    <message>
        <source>Show or hide this publisher&apos;s forecast: %1</source>
        <translation>이 기관의 전망 표시/숨기기: %1</translation>
    </message>
    <message>
        <source>Hollow points and dashed lines are derived (computed, not stated in the report); hover a point to see how.</source>
        <translation>속이 빈 점과 점선은 파생값(보고서에 없는 계산값)입니다. 점에 마우스를 올리면 계산 방법이 보입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in another unit are shown in the Table only.</source>
        <translation>
            <numerusform>단위가 다른 수치 %n개는 표에만 나옵니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A shorter bar is a better rank. Korea is highlighted.</source>
        <translation>막대가 짧을수록 순위가 높습니다. 한국은 강조 표시됩니다.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>단위: %1</translation>
    </message>
    <message>
        <source>CAGR %1 (%2–%3)</source>
        <translation>연평균 성장률 %1 (%2–%3)</translation>
    </message>
    <message>
        <source>grey band: spread between publishers</source>
        <translation>회색 띠: 기관 간 전망 범위</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>낮을수록 높은 순위</translation>
    </message>
    <message>
        <source>%1, published %2</source>
        <translation>%1, %2 발표</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>로그 눈금(&amp;L)</translation>
    </message>
    <message>
        <source>Show growth rates as slopes: equal steps on the axis are equal ratios.</source>
        <translation>성장률을 기울기로 보여 줍니다. 축의 같은 간격은 같은 배율입니다.</translation>
    </message>
    <message>
        <source>Show &amp;spread</source>
        <translation>전망 범위 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Shade the range between the lowest and the highest publisher.</source>
        <translation>가장 낮은 전망과 가장 높은 전망 사이를 음영으로 표시합니다.</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>정렬(&amp;O):</translation>
    </message>
    <message>
        <source>Dataset order</source>
        <translation>데이터 순서</translation>
    </message>
    <message>
        <source>Best rank first</source>
        <translation>높은 순위부터</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>큰 값부터</translation>
    </message>
    <message>
        <source>Worst rank first</source>
        <translation>낮은 순위부터</translation>
    </message>
    <message>
        <source>Smallest first</source>
        <translation>작은 값부터</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Export the chart as a 16:9 slide with its title, unit and source, or its data as CSV or Excel; print it</source>
        <translation>차트를 제목·단위·출처가 있는 16:9 슬라이드로, 또는 데이터를 CSV나 Excel로 내보내거나 인쇄합니다</translation>
    </message>
</context>
<context>
    <name>Atlas::ChartSources</name>
    <message>
        <source>%1 (footnote %2)</source>
        <translation>%1 (각주 %2)</translation>
    </message>
    <message>
        <source>%1, report line %2</source>
        <translation>%1, 보고서 %2행</translation>
    </message>
    <message>
        <source>Reported by the report: %1.</source>
        <translation>보고서에 나온 값: %1.</translation>
    </message>
    <message>
        <source>Derived (computed, not stated): %1.</source>
        <translation>파생값(보고서에 없는 계산값): %1.</translation>
    </message>
    <message>
        <source>They follow the compound annual growth rate (CAGR) of %1 the report states for %2–%3.</source>
        <translation>파생값은 보고서가 밝힌 %2–%3년 연평균 성장률(CAGR) %1을 따릅니다.</translation>
    </message>
    <message>
        <source>The rate implied by the reported %1 and %2 values is %3.</source>
        <translation>보고된 %1 값과 %2 값에서 계산한 성장률은 %3입니다.</translation>
    </message>
    <message>
        <source>The notes below say how.</source>
        <translation>계산 방법은 아래 비고에 있습니다.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발표 기관</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발표 시점</translation>
    </message>
    <message>
        <source>not stated in the report</source>
        <translation>보고서에 밝히지 않음</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>연평균 성장률</translation>
    </message>
    <message>
        <source>%1 (%2–%3, %4)</source>
        <translation>%1 (%2–%3, %4)</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>파생값</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>보고값</translation>
    </message>
    <message>
        <source>Reported and derived</source>
        <translation>보고값과 파생값</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>보고서 위치</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>원출처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Compiled from: %1 (%2).</source>
        <translation>출전: %1 (%2).</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>As the report states it</source>
        <translation>보고서 표기</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>관련 기록</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>compiled by %1</source>
        <translation>%1 정리</translation>
    </message>
    <message>
        <source>compiled by %1 (report lines %2)</source>
        <translation>%1 정리 (보고서 %2행)</translation>
    </message>
</context>
<context>
    <name>Atlas::CommandLine</name>
    <message>
        <source>Language for the window and for text output: ko or en.</source>
        <translation>창과 텍스트 출력의 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>ko|en</source>
        <translation>ko|en</translation>
    </message>
    <message>
        <source>Use this base dataset instead of the installed one.</source>
        <translation>설치된 데이터셋 대신 이 기본 데이터셋을 사용합니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Use this user database (notes, bookmarks, own records) instead of the default.</source>
        <translation>기본 위치 대신 이 사용자 데이터베이스(메모, 북마크, 직접 추가한 레코드)를 사용합니다.</translation>
    </message>
    <message>
        <source>Write the whole dataset (base and your own records) in the interchange format; - for stdout.</source>
        <translation>전체 데이터셋(기본 데이터와 직접 추가한 레코드)을 교환 형식으로 저장합니다. -는 표준 출력.</translation>
    </message>
    <message>
        <source>Write the items as CSV (UTF-8 with BOM, one row per item).</source>
        <translation>항목을 CSV로 저장합니다(BOM 포함 UTF-8, 항목당 한 행).</translation>
    </message>
    <message>
        <source>Print matching items as TSV: id, date, actor ids, title.</source>
        <translation>일치하는 항목을 TSV로 출력합니다: id, 날짜, 주체 id, 제목.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>At most this many search results (default 50).</source>
        <translation>검색 결과의 최대 개수(기본값 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>주 창을 PNG 파일로 렌더링하고 종료합니다.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x720.</source>
        <translation>--screenshot의 창 크기(예: 1280x720).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>가로x세로</translation>
    </message>
    <message>
        <source>Compile the JSON dataset in SRC_DIR into a SQLite file OUT (give OUT after SRC_DIR).</source>
        <translation>SRC_DIR의 JSON 데이터셋을 SQLite 파일 OUT으로 컴파일합니다(SRC_DIR 다음에 OUT을 지정).</translation>
    </message>
    <message>
        <source>SRC_DIR</source>
        <translation>SRC_DIR</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>--help를 참고하세요.</translation>
    </message>
    <message>
        <source>--lang must be ko or en, not &quot;%1&quot;.</source>
        <translation>--lang은 ko 또는 en이어야 합니다(입력값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--size must look like 1280x720, not &quot;%1&quot;.</source>
        <translation>--size는 1280x720 형식이어야 합니다(입력값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다. --help를 참고하세요.</translation>
    </message>
    <message>
        <source>This command is not available in this version. Try --help.</source>
        <translation>이 버전에서는 사용할 수 없는 명령입니다. --help를 참고하세요.</translation>
    </message>
    <message>
        <source>no dataset found</source>
        <translation>데이터셋을 찾을 수 없음</translation>
    </message>
    <message>
        <source>--build-dataset needs SRC_DIR and OUT, e.g. --build-dataset resources/data atlas.sqlite</source>
        <translation>--build-dataset에는 SRC_DIR과 OUT이 필요합니다(예: --build-dataset resources/data atlas.sqlite).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was written.</source>
        <translation>
            <numerusform>문제 %n건이 있어 아무것도 저장하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no file has a &quot;dataset&quot; header with an id and version.</source>
        <translation>%1: id와 version이 있는 &quot;dataset&quot; 머리글을 가진 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 actors, %3 items, %4 series, %5 figures, %6 findings
</source>
        <translation>%1: 주체 %2개, 항목 %3개, 시계열 %4개, 수치 %5개, 결론 %6개
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &quot;%1&quot;.</source>
        <translation>--limit은 양수여야 합니다(입력값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Print the program, dataset and schema versions.</source>
        <translation>프로그램, 데이터셋, 스키마 버전을 출력합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>AI Policy Atlas: an offline, bilingual atlas of the SPRi report on AI policy and industry trends.
With no options, the window opens.</source>
        <translation>AI 정책 아틀라스: 소프트웨어정책연구소(SPRi)의 AI 정책·산업 동향 보고서를 담은 오프라인 한영 아틀라스입니다.
옵션 없이 실행하면 창이 열립니다.</translation>
    </message>
    <message>
        <source>Output file of --build-dataset.</source>
        <translation>--build-dataset의 출력 파일.</translation>
    </message>
    <message>
        <source>[OUT]</source>
        <translation>[OUT]</translation>
    </message>
    <message>
        <source>No display is available. Start AI Policy Atlas on a desktop, or render a view to a file with --screenshot FILE [--view V].</source>
        <translation>화면(디스플레이)이 없습니다. 데스크톱에서 AI 정책 아틀라스를 실행하거나, --screenshot 파일 [--view 보기]로 보기를 파일로 렌더링하세요.</translation>
    </message>
    <message>
        <source>Write a synthetic dataset of N items to OUT (give OUT after N): .json for the interchange format, anything else for a SQLite dataset. For scale tests and benchmarks.</source>
        <translation>합성 데이터셋(항목 N개)을 OUT에 저장합니다(N 다음에 OUT을 지정). .json이면 교환 형식, 그 밖에는 SQLite 데이터셋. 규모 시험과 벤치마크용.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--generate-synthetic needs a count and an output file, e.g. --generate-synthetic 1000000 big.sqlite</source>
        <translation>--generate-synthetic에는 개수와 출력 파일이 필요합니다(예: --generate-synthetic 1000000 big.sqlite).</translation>
    </message>
    <message>
        <source>%1: %2 synthetic items
</source>
        <translation>%1: 합성 항목 %2개
</translation>
    </message>
    <message>
        <source>Validate FILE (interchange format) and import it into your user database in one transaction. On any problem: print every problem, exit 2, change nothing.</source>
        <translation>FILE(교환 형식)을 검증한 뒤 하나의 트랜잭션으로 사용자 데이터베이스에 가져옵니다. 문제가 있으면 모든 문제를 출력하고 종료 코드 2로 끝나며 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Write your own records, notes and bookmarks to one file that another installation can import.</source>
        <translation>직접 추가한 레코드, 메모, 북마크를 다른 설치본에서 가져올 수 있는 하나의 파일로 저장합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>문제 %n건이 있어 아무것도 가져오지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1: %2 new, %3 changed, %4 unchanged records, %5 notes, %6 bookmarks. Writing…</source>
        <translation>%1 검사 완료: 새 레코드 %2개, 변경 %3개, 동일 %4개, 메모 %5개, 북마크 %6개. 저장하는 중…</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>가져오기에 실패하여 아무것도 바뀌지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed.
</source>
        <translation>%1 가져오기 완료: 새 레코드 %2개, 변경 %3개.
</translation>
    </message>
    <message>
        <source>Write the items as an Excel workbook: a Data sheet and a Sources sheet, in the --lang language.</source>
        <translation>항목을 Excel 통합 문서로 씁니다: 데이터 시트와 출처 시트, --lang 언어로.</translation>
    </message>
    <message>
        <source>View for --screenshot: map, timeline, charts, browse, countries, bookmarks, country:&lt;ISO3&gt;, item:&lt;id&gt;, chart:&lt;id&gt;, presenter (presenter mode on the first storyboard) or presenter:&lt;view&gt; (that view as a slide).</source>
        <translation>--screenshot에 쓸 보기: map, timeline, charts, browse, countries, bookmarks, country:&lt;ISO3&gt;, item:&lt;id&gt;, chart:&lt;id&gt;, presenter(첫 스토리보드의 발표 모드) 또는 presenter:&lt;view&gt;(그 보기를 슬라이드로).</translation>
    </message>
    <message>
        <source>Colour theme for the window (and --screenshot): system, light, dark or high-contrast. Without it, the one chosen in View &gt; Theme.</source>
        <translation>창(및 --screenshot)의 색 테마: system, light, dark 또는 high-contrast. 지정하지 않으면 보기 &gt; 테마에서 고른 테마를 씁니다.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Check the update bundle (a folder with manifest.json and atlas.sqlite, the manifest, or a bare atlas.sqlite) and install it as the dataset. On any problem: print every problem, exit 2, change nothing.</source>
        <translation>업데이트 번들(manifest.json과 atlas.sqlite가 든 폴더, 매니페스트 파일, 또는 atlas.sqlite 파일)을 검사하고 데이터셋으로 설치합니다. 문제가 있으면 모든 문제를 출력하고 종료 코드 2로 끝내며 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>With --install-update: install even when the update is not newer than the dataset in use.</source>
        <translation>--install-update와 함께: 업데이트가 사용 중인 데이터셋보다 새 버전이 아니어도 설치합니다.</translation>
    </message>
    <message>
        <source>Write an update bundle for the dataset file DB into the folder OUTDIR (give OUTDIR after DB).</source>
        <translation>데이터셋 파일 DB의 업데이트 번들을 OUTDIR 폴더에 씁니다(DB 다음에 OUTDIR를 지정).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Print what changed from dataset OLD to dataset NEW (give NEW after OLD) as TSV: change, kind, id, date, changed fields, title.</source>
        <translation>데이터셋 OLD에서 NEW로 바뀐 내용을 TSV로 출력합니다(OLD 다음에 NEW를 지정): 변경, 종류, ID, 날짜, 바뀐 필드, 제목.</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <source>Stop using an installed dataset update and go back to the bundled dataset (rebuilt from the data inside the program if that copy is damaged).</source>
        <translation>설치된 데이터셋 업데이트 사용을 멈추고 기본 데이터셋으로 돌아갑니다(그 사본이 손상되었으면 프로그램에 내장된 데이터로 다시 만듭니다).</translation>
    </message>
    <message>
        <source>--theme must be system, light, dark or high-contrast, not &quot;%1&quot;.</source>
        <translation>--theme에는 system, light, dark, high-contrast 중 하나를 지정해야 합니다(&quot;%1&quot;은(는) 쓸 수 없음).</translation>
    </message>
    <message>
        <source>Start AI Policy Atlas without options to restore the bundled dataset, or run --restore-dataset.</source>
        <translation>기본 데이터셋을 복원하려면 옵션 없이 AI Policy Atlas를 실행하거나 --restore-dataset을 실행하세요.</translation>
    </message>
    <message>
        <source>AI policy items</source>
        <translation>AI 정책 항목</translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Made with AI Policy Atlas.</source>
        <translation>출처: %1, %2(%3). AI Policy Atlas로 작성.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was installed.</source>
        <translation>
            <numerusform>문제 %n개. 아무것도 설치하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: version %2 of the dataset is already in use; add --force to install it again.</source>
        <translation>%1: 데이터셋 버전 %2을(를) 이미 사용 중입니다. 다시 설치하려면 --force를 추가하세요.</translation>
    </message>
    <message>
        <source>%1: version %2 is older than the dataset in use (%3); add --force to install it anyway.</source>
        <translation>%1: 버전 %2은(는) 사용 중인 데이터셋(%3)보다 오래되었습니다. 그래도 설치하려면 --force를 추가하세요.</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>Installed dataset %1 %2 as %3 (it replaces %4).
</source>
        <translation>데이터셋 %1 %2을(를) %3에 설치했습니다(%4 대체).
</translation>
    </message>
    <message>
        <source>a damaged dataset</source>
        <translation>손상된 데이터셋</translation>
    </message>
    <message>
        <source>--make-update-bundle needs DB and OUTDIR, e.g. --make-update-bundle atlas.sqlite usb/update</source>
        <translation>--make-update-bundle에는 DB와 OUTDIR가 필요합니다. 예: --make-update-bundle atlas.sqlite usb/update</translation>
    </message>
    <message>
        <source>%1: manifest.json and atlas.sqlite written
</source>
        <translation>%1: manifest.json과 atlas.sqlite를 썼습니다
</translation>
    </message>
    <message>
        <source>--diff-datasets needs OLD and NEW, e.g. --diff-datasets old.sqlite new.sqlite</source>
        <translation>--diff-datasets에는 OLD와 NEW가 필요합니다. 예: --diff-datasets old.sqlite new.sqlite</translation>
    </message>
    <message>
        <source>The bundled dataset was damaged; it was rebuilt from the data inside the program into %1.
</source>
        <translation>기본 데이터셋이 손상되어 프로그램에 내장된 데이터로 %1에 다시 만들었습니다.
</translation>
    </message>
    <message>
        <source>Using the bundled dataset %1.
</source>
        <translation>기본 데이터셋 %1을(를) 사용합니다.
</translation>
    </message>
</context>
<context>
    <name>Atlas::CountriesView</name>
    <message>
        <source>Choose a country, organisation or company on the left.</source>
        <translation>왼쪽에서 국가, 국제기구 또는 기업을 선택하세요.</translation>
    </message>
    <message>
        <source>Home country:</source>
        <translation>본사 소재국:</translation>
    </message>
    <message>
        <source>Policy overview</source>
        <translation>정책 개요</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>회원국 (%1)</translation>
    </message>
    <message>
        <source>Items by category (after filters)</source>
        <translation>분야별 항목 수 (필터 적용)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Latest items</source>
        <translation>최근 항목</translation>
    </message>
    <message>
        <source>No items match the filters.</source>
        <translation>필터에 맞는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Find a country, organisation or company</source>
        <translation>국가, 국제기구, 기업 찾기</translation>
    </message>
    <message>
        <source>Find actor</source>
        <translation>주체 찾기</translation>
    </message>
    <message>
        <source>Countries, organisations and companies</source>
        <translation>국가, 국제기구, 기업</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>소속:</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>가입 기구:</translation>
    </message>
    <message>
        <source>Related companies and institutes (%1)</source>
        <translation>관련 기업·기관 (%1)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Items by year</source>
        <translation>연도별 항목</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s), by number of items</source>
        <translation>
            <numerusform>주체 %n곳, 항목 수 순</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Filtered: %2</source>
        <translation>%1 · 필터: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export the list as CSV, Excel or an image</source>
        <translation>목록을 CSV, Excel 또는 이미지로 내보냅니다</translation>
    </message>
</context>
<context>
    <name>Atlas::CountryStatsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
</context>
<context>
    <name>Atlas::Database</name>
    <message>
        <source>The dataset file %1 does not exist.</source>
        <translation>데이터셋 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>%1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open your user database %1: %2</source>
        <translation>사용자 데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot use your user database %1: %2</source>
        <translation>사용자 데이터베이스 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Your user database %1 is damaged.</source>
        <translation>사용자 데이터베이스 %1이(가) 손상되었습니다.</translation>
    </message>
    <message>
        <source>Cannot update your user database: %1</source>
        <translation>사용자 데이터베이스를 갱신할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot open the dataset %1: %2</source>
        <translation>데이터셋 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a dataset (it is not a SQLite database).</source>
        <translation>파일 %1은(는) 데이터셋이 아닙니다(SQLite 데이터베이스가 아님).</translation>
    </message>
    <message>
        <source>The dataset %1 has schema version %2; this program reads version %3.</source>
        <translation>데이터셋 %1의 스키마 버전은 %2이지만 이 프로그램은 버전 %3을 읽습니다.</translation>
    </message>
    <message>
        <source>The dataset %1 is damaged: %2</source>
        <translation>데이터셋 %1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>The dataset %1 has no header (id and version).</source>
        <translation>데이터셋 %1에 머리글(id와 version)이 없습니다.</translation>
    </message>
    <message>
        <source>Your user database %1 is damaged and could not be moved aside.</source>
        <translation>사용자 데이터베이스 %1이(가) 손상되었고 다른 곳으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Your user database was damaged. It was moved to %1 and a new, empty one was created.</source>
        <translation>사용자 데이터베이스가 손상되어 %1(으)로 옮기고 새 데이터베이스를 만들었습니다.</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>폴더를 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot move the new dataset into place</source>
        <translation>새 데이터셋을 제자리로 옮길 수 없음</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>트랜잭션</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>커밋</translation>
    </message>
    <message>
        <source>no build in progress</source>
        <translation>진행 중인 빌드가 없음</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetDamagePrompt</name>
    <message>
        <source>AI Policy Atlas</source>
        <translation>AI 정책 아틀라스</translation>
    </message>
    <message>
        <source>The atlas dataset is missing or damaged, so AI Policy Atlas cannot open it.</source>
        <translation>아틀라스 데이터셋이 없거나 손상되어 AI Policy Atlas를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Your notes, bookmarks, own records and storyboards are kept in a separate file and are not affected.

Restore the dataset that came with the program to continue. If that copy is damaged too, it is rebuilt from the data inside the program.</source>
        <translation>메모, 북마크, 직접 추가한 레코드와 스토리보드는 별도 파일에 보관되어 있어 영향을 받지 않습니다.

계속하려면 프로그램과 함께 설치된 데이터셋을 복원하세요. 그 사본도 손상되었다면 프로그램에 내장된 데이터로 다시 만듭니다.</translation>
    </message>
    <message>
        <source>&amp;Restore the bundled dataset</source>
        <translation>기본 데이터셋 복원(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetDiff</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetDiffModel</name>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>바뀐 필드</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetReader</name>
    <message>
        <source>the folder holds no .json files</source>
        <translation>폴더에 .json 파일이 없습니다</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation>%1MB보다 큽니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1이(가) %2MB보다 큽니다</translation>
    </message>
    <message>
        <source>is a Git LFS pointer, not the data itself; fetch the file with git lfs first</source>
        <translation>데이터가 아닌 Git LFS 포인터입니다. 먼저 git lfs로 파일을 받으세요</translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation>%1번째 줄이 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>문서는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1 is not a supported format (expected &quot;%2&quot;)</source>
        <translation>%1은(는) 지원하지 않는 형식입니다(&quot;%2&quot; 필요)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>a second dataset header; only one file may have one</source>
        <translation>두 번째 dataset 머리글입니다. 머리글은 한 파일에만 있어야 합니다</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>is required and must be non-empty text</source>
        <translation>필수 항목이며 비어 있지 않은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation>&quot;%1&quot;은(는) 알 수 없는 주체입니다</translation>
    </message>
    <message>
        <source>is required for records taken from the report</source>
        <translation>보고서에서 가져온 레코드에는 필수입니다</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>객체 또는 null이어야 합니다</translation>
    </message>
    <message>
        <source>%1 is not a line number</source>
        <translation>%1은(는) 줄 번호가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1은(는) ISO 4217 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a power of ten</source>
        <translation>%1은(는) 10의 거듭제곱이 아닙니다</translation>
    </message>
    <message>
        <source>%1: give currency and scale, or a unit (%2)</source>
        <translation>%1: currency와 scale, 또는 unit(%2)을 지정하세요</translation>
    </message>
    <message>
        <source>%1 is not a valid actor id</source>
        <translation>%1은(는) 올바른 주체 id가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not an actor kind</source>
        <translation>%1은(는) 주체 유형이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a lower-case slug</source>
        <translation>%1은(는) 소문자 슬러그가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a category</source>
        <translation>%1은(는) 분야가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not an item type</source>
        <translation>%1은(는) 항목 유형이 아닙니다</translation>
    </message>
    <message>
        <source>needs at least one actor</source>
        <translation>주체가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a kebab-case tag</source>
        <translation>%1은(는) 케밥 표기 태그가 아닙니다</translation>
    </message>
    <message>
        <source>needs at least one point</source>
        <translation>값이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a period</source>
        <translation>%1은(는) 기간이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1 must be &quot;reported&quot; or &quot;derived&quot;</source>
        <translation>%1은(는) &quot;reported&quot; 또는 &quot;derived&quot;여야 합니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first at %2)</source>
        <translation>중복된 id &quot;%1&quot;(처음 위치: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known item</source>
        <translation>&quot;%1&quot;은(는) 알 수 없는 항목입니다</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetStore</name>
    <message>
        <source>The dataset file (atlas.sqlite) is missing.</source>
        <translation>데이터셋 파일(atlas.sqlite)이 없습니다.</translation>
    </message>
    <message>
        <source>The dataset file %1 is missing.</source>
        <translation>데이터셋 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The dataset file %1 cannot be read.</source>
        <translation>데이터셋 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The dataset file %1 is empty.</source>
        <translation>데이터셋 파일 %1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>The dataset file %1 cannot be opened: %2</source>
        <translation>데이터셋 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a dataset: it is not a SQLite database, or it is badly damaged.</source>
        <translation>%1 파일은 데이터셋이 아닙니다. SQLite 데이터베이스가 아니거나 심하게 손상되었습니다.</translation>
    </message>
    <message>
        <source>The dataset file %1 is damaged: %2</source>
        <translation>데이터셋 파일 %1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>The dataset file %1 is damaged (the integrity check failed: %2).</source>
        <translation>데이터셋 파일 %1이(가) 손상되었습니다(무결성 검사 실패: %2).</translation>
    </message>
    <message>
        <source>The dataset file %1 has schema version %2; this program reads version %3.</source>
        <translation>데이터셋 파일 %1의 스키마 버전은 %2입니다. 이 프로그램은 버전 %3을(를) 읽습니다.</translation>
    </message>
    <message>
        <source>The dataset file %1 has no header (id and version).</source>
        <translation>데이터셋 파일 %1에 헤더(ID와 버전)가 없습니다.</translation>
    </message>
    <message>
        <source>The dataset file %1 is incomplete: the table &quot;%2&quot; is missing.</source>
        <translation>데이터셋 파일 %1이(가) 불완전합니다: &quot;%2&quot; 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot copy the dataset into %1: %2</source>
        <translation>데이터셋을 %1에 복사할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The copy of the dataset does not match its checksum; the medium may be failing. Nothing was changed.</source>
        <translation>복사한 데이터셋이 체크섬과 일치하지 않습니다. 저장 매체에 문제가 있을 수 있습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot keep the current dataset for rollback: %1</source>
        <translation>되돌리기용으로 현재 데이터셋을 보관할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot put the new dataset in place in %1.</source>
        <translation>새 데이터셋을 %1에 배치할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot move the installed dataset %1 aside.</source>
        <translation>설치된 데이터셋 %1을(를) 옮겨 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>This copy of the program carries no dataset to rebuild from. Reinstall the program.</source>
        <translation>이 프로그램에는 데이터셋을 다시 만들 데이터가 들어 있지 않습니다. 프로그램을 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The dataset inside the program cannot be read: %1</source>
        <translation>프로그램에 내장된 데이터셋을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot rebuild the dataset: %1</source>
        <translation>데이터셋을 다시 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetUpdateFlow</name>
    <message>
        <source>Install dataset update</source>
        <translation>데이터셋 업데이트 설치</translation>
    </message>
    <message>
        <source>Update bundle or dataset (manifest.json *.sqlite);;All files (*)</source>
        <translation>업데이트 번들 또는 데이터셋 (manifest.json *.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>This update cannot be installed. Nothing was changed.</source>
        <translation>이 업데이트는 설치할 수 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Version %1 of the dataset is already in use. Install it again?</source>
        <translation>데이터셋 버전 %1을(를) 이미 사용 중입니다. 다시 설치할까요?</translation>
    </message>
    <message>
        <source>The update holds version %1, which is older than the version in use (%2). Install the older version anyway?</source>
        <translation>업데이트의 버전 %1은(는) 사용 중인 버전(%2)보다 오래되었습니다. 그래도 이전 버전을 설치할까요?</translation>
    </message>
    <message>
        <source>Install version %1 of the dataset (now %2)?</source>
        <translation>데이터셋 버전 %1을(를) 설치할까요? (현재 %2)</translation>
    </message>
    <message>
        <source>Your notes, bookmarks, own records and storyboards are kept. The dataset in use now is kept too, so the update can be undone.</source>
        <translation>메모, 북마크, 직접 추가한 레코드와 스토리보드는 그대로 유지됩니다. 지금 사용 중인 데이터셋도 보관되므로 업데이트를 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The update could not be installed: %1</source>
        <translation>업데이트를 설치하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>What changed in the dataset</source>
        <translation>데이터셋 변경 내용</translation>
    </message>
    <message>
        <source>The dataset in use is the one that came with the program; no update has been installed, so there is nothing to compare.</source>
        <translation>지금 사용 중인 데이터셋은 프로그램과 함께 설치된 것입니다. 설치된 업데이트가 없어 비교할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>The datasets cannot be compared: %1</source>
        <translation>데이터셋을 비교할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetUpdater</name>
    <message>
        <source>%1: does not exist</source>
        <translation>%1: 존재하지 않습니다</translation>
    </message>
    <message>
        <source>%1: the folder holds neither manifest.json nor atlas.sqlite</source>
        <translation>%1: 폴더에 manifest.json도 atlas.sqlite도 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: is too large to be a manifest</source>
        <translation>%1: 매니페스트라기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: 올바른 JSON이 아닙니다(%3바이트 위치에서 %2)</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>%1: format: expected &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>%1: format: &quot;%2&quot;이어야 하는데 &quot;%3&quot;입니다</translation>
    </message>
    <message>
        <source>%1: dataset.id: required</source>
        <translation>%1: dataset.id: 필수 항목입니다</translation>
    </message>
    <message>
        <source>%1: dataset.version: required</source>
        <translation>%1: dataset.version: 필수 항목입니다</translation>
    </message>
    <message>
        <source>%1: dataset.schema: version %2; this program reads version %3</source>
        <translation>%1: dataset.schema: 버전 %2입니다. 이 프로그램은 버전 %3을(를) 읽습니다</translation>
    </message>
    <message>
        <source>%1: files: must list atlas.sqlite</source>
        <translation>%1: files: atlas.sqlite가 목록에 있어야 합니다</translation>
    </message>
    <message>
        <source>%1.path: &quot;%2&quot; is not a file name inside the bundle</source>
        <translation>%1.path: &quot;%2&quot;은(는) 번들 안의 파일 이름이 아닙니다</translation>
    </message>
    <message>
        <source>%1.sha256: not a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>%1.sha256: SHA-256 체크섬(16진수 64자리)이 아닙니다</translation>
    </message>
    <message>
        <source>%1: %2 is missing from the bundle</source>
        <translation>%1: 번들에 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1.size: %2 has %3 bytes, the manifest says %4</source>
        <translation>%1.size: %2의 크기는 %3바이트인데 매니페스트에는 %4바이트로 적혀 있습니다</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: %2을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1.sha256: %2 does not match its checksum (the file is damaged or was changed)</source>
        <translation>%1.sha256: %2이(가) 체크섬과 일치하지 않습니다(파일이 손상되었거나 변경되었습니다)</translation>
    </message>
    <message>
        <source>%1: dataset id &quot;%2&quot; differs from the manifest&apos;s &quot;%3&quot;</source>
        <translation>%1: 데이터셋 ID &quot;%2&quot;이(가) 매니페스트의 &quot;%3&quot;과(와) 다릅니다</translation>
    </message>
    <message>
        <source>%1: dataset version &quot;%2&quot; differs from the manifest&apos;s &quot;%3&quot;</source>
        <translation>%1: 데이터셋 버전 &quot;%2&quot;이(가) 매니페스트의 &quot;%3&quot;과(와) 다릅니다</translation>
    </message>
    <message>
        <source>%1: this is the dataset &quot;%2&quot;, not an update of &quot;%3&quot;</source>
        <translation>%1: 이 파일은 데이터셋 &quot;%2&quot;이며 &quot;%3&quot;의 업데이트가 아닙니다</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Atlas::DetailPane</name>
    <message>
        <source> (text line %1)</source>
        <translation> (본문 %1행)</translation>
    </message>
    <message>
        <source>Select a record in any view to see its details here.</source>
        <translation>어느 보기에서든 레코드를 선택하면 여기에 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>not available in this language</source>
        <translation>이 언어로 된 내용 없음</translation>
    </message>
    <message>
        <source>in the report&apos;s summary table</source>
        <translation>보고서 요약표 수록</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>발표 기관</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Note on the report:</source>
        <translation>보고서 관련 참고:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>The report gives no original source.</source>
        <translation>보고서에 원출처가 없습니다.</translation>
    </message>
    <message>
        <source>[footnote %1]</source>
        <translation>[각주 %1]</translation>
    </message>
    <message>
        <source>Report text line %1</source>
        <translation>보고서 본문 %1행</translation>
    </message>
    <message>
        <source>Not from the report</source>
        <translation>보고서 외 자료</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>인용문 복사</translation>
    </message>
    <message>
        <source>Copy a ready-made citation of this record</source>
        <translation>이 레코드의 인용문을 복사합니다</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>레코드 상세</translation>
    </message>
    <message>
        <source>How to cite</source>
        <translation>인용 방법</translation>
    </message>
    <message>
        <source>Related items (same actors or tags)</source>
        <translation>관련 항목 (같은 주체 또는 태그)</translation>
    </message>
    <message>
        <source>Could not save your note (%1). It is kept and will be saved again.</source>
        <translation>메모를 저장하지 못했습니다(%1). 입력한 내용은 보관되며 다시 저장을 시도합니다.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>입력 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ 북마크됨</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ 북마크</translation>
    </message>
    <message>
        <source>Remove the bookmark from this item (Ctrl+D)</source>
        <translation>이 항목의 북마크 해제 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark this item (Ctrl+D)</source>
        <translation>이 항목을 북마크에 추가 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>북마크됨</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>&amp;My note</source>
        <translation>내 메모(&amp;M)</translation>
    </message>
    <message>
        <source>Your own note on this item. It is saved as you type and stays with your data when the dataset is updated.</source>
        <translation>이 항목에 대한 나만의 메모입니다. 입력하는 대로 저장되며, 데이터셋을 업데이트해도 그대로 남습니다.</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translation>출처를 적지 않았습니다.</translation>
    </message>
    <message>
        <source>Your own record — not in the report</source>
        <translation>내가 추가한 기록 — 보고서에 없는 내용</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Change this record (can be undone)</source>
        <translation>이 기록을 고칩니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete this record (can be undone)</source>
        <translation>이 기록을 삭제합니다(실행 취소 가능)</translation>
    </message>
</context>
<context>
    <name>Atlas::ExportDialog</name>
    <message numerus="yes">
        <source>… and %n more row(s) in the CSV or Excel export</source>
        <translation>
            <numerusform>… 외 %n개 행은 CSV·Excel 내보내기에 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A %1 × %2 pixel image for a 16:9 slide.</source>
        <translation>16:9 슬라이드용 %1 × %2 픽셀 이미지입니다.</translation>
    </message>
    <message>
        <source>A vector drawing that stays sharp at any size.</source>
        <translation>어떤 크기에서도 선명한 벡터 그림입니다.</translation>
    </message>
    <message>
        <source>One 16:9 PDF page.</source>
        <translation>16:9 PDF 한 쪽입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) as CSV (UTF-8 with BOM, opens in Excel).</source>
        <translation>
            <numerusform>%n개 행을 CSV로 저장합니다(UTF-8 BOM, Excel에서 열림).</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows as CSV (UTF-8 with BOM, opens in Excel).</source>
        <translation>행을 CSV로 저장합니다(UTF-8 BOM, Excel에서 열림).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in an Excel workbook: a Data sheet and a Sources sheet.</source>
        <translation>
            <numerusform>%n개 행을 Excel 통합 문서로 저장합니다: 데이터 시트와 출처 시트.</numerusform>
        </translation>
    </message>
    <message>
        <source>An Excel workbook: a Data sheet and a Sources sheet.</source>
        <translation>Excel 통합 문서: 데이터 시트와 출처 시트.</translation>
    </message>
    <message>
        <source>Copy the slide as a %1 × %2 pixel image</source>
        <translation>슬라이드를 %1 × %2 픽셀 이미지로 복사</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Unit and filters:</source>
        <translation>단위·필터(&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;ource line:</source>
        <translation>출처 줄(&amp;O):</translation>
    </message>
    <message>
        <source>PNG image, 1×</source>
        <translation>PNG 이미지, 1배</translation>
    </message>
    <message>
        <source>PNG image, 2× (high-DPI)</source>
        <translation>PNG 이미지, 2배(고해상도)</translation>
    </message>
    <message>
        <source>PNG image, 3×</source>
        <translation>PNG 이미지, 3배</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 벡터 그림</translation>
    </message>
    <message>
        <source>PDF slide</source>
        <translation>PDF 슬라이드</translation>
    </message>
    <message>
        <source>CSV table (UTF-8)</source>
        <translation>CSV 표(UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 통합 문서(.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>클립보드에 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Copied the table to the clipboard: paste it into a spreadsheet or a document.</source>
        <translation>표를 클립보드에 복사했습니다. 스프레드시트나 문서에 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>Atlas::FacetModel</name>
    <message>
        <source>Show fewer actors</source>
        <translation>주체 일부만 보기</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n actor(s)</source>
        <translation>
            <numerusform>주체 %n개 모두 보기</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>국제기구·단체</translation>
    </message>
    <message>
        <source>Companies and institutes</source>
        <translation>기업·연구기관</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <extracomment>A year in the year facet, e.g. 2023 → &quot;2023년&quot; in Korean.</extracomment>
        <translation>%1년</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Actor kind</source>
        <translation>주체 유형</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>주체</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>항목 분류</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목 수</translation>
    </message>
</context>
<context>
    <name>Atlas::FacetPanel</name>
    <message>
        <source>Refine</source>
        <translation>결과 좁히기</translation>
    </message>
    <message>
        <source>Facets: click a value to filter by it</source>
        <translation>분류: 값을 누르면 그 값으로 필터링합니다</translation>
    </message>
</context>
<context>
    <name>Atlas::FigureGroupModel</name>
    <message>
        <source>Bar</source>
        <extracomment>A bar of a bar chart: what it stands for</extracomment>
        <translation>항목</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>As the report states it</source>
        <translation>보고서 표기</translation>
    </message>
</context>
<context>
    <name>Atlas::FilterBar</name>
    <message>
        <source>Remove this filter</source>
        <translation>이 필터 제거</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>필터 %1 제거</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>검색어: %1</translation>
    </message>
    <message>
        <source>Years %1–%2</source>
        <translation>%1–%2년</translation>
    </message>
    <message>
        <source>Search titles, summaries, tags and actors in Korean or English (Ctrl+F)</source>
        <translation>제목, 요약, 태그, 주체를 한글 또는 영문으로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Show only %1 items</source>
        <translation>%1 항목만 표시</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>분야 %1</translation>
    </message>
    <message>
        <source>All actor kinds</source>
        <translation>모든 주체 유형</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>국제기구·단체</translation>
    </message>
    <message>
        <source>Companies and institutes</source>
        <translation>기업·연구기관</translation>
    </message>
    <message>
        <source>Actor kind</source>
        <translation>주체 유형</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <source>from any</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>to any</source>
        <translation>끝까지</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>끝 연도</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 지우기</translation>
    </message>
    <message>
        <source>Bookmarked only</source>
        <translation>북마크만</translation>
    </message>
    <message>
        <source>★ Bookmarked only</source>
        <translation>★ 북마크만</translation>
    </message>
    <message>
        <source>Show only the items you bookmarked</source>
        <translation>북마크한 항목만 보기</translation>
    </message>
</context>
<context>
    <name>Atlas::Formatter</name>
    <message>
        <source>known to the year</source>
        <translation>연도까지 확인</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>월까지 확인</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>일자 확인</translation>
    </message>
</context>
<context>
    <name>Atlas::ImportDialog</name>
    <message>
        <source>Import records, notes and bookmarks</source>
        <translation>레코드, 메모, 북마크 가져오기</translation>
    </message>
    <message>
        <source>Interchange format (*.json);;All files (*)</source>
        <translation>교환 형식 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a file in the interchange format (ai-policy-atlas/1), for example one written by File › Export my data… on another computer.</source>
        <translation>교환 형식(ai-policy-atlas/1) 파일을 고르세요. 예를 들어 다른 컴퓨터에서 파일 › 내 데이터 내보내기…로 저장한 파일입니다.</translation>
    </message>
    <message numerus="yes">
        <source>This file cannot be imported: %n problem(s), listed below. Nothing has been written. Correct the file and choose it again.</source>
        <translation>
            <numerusform>이 파일은 가져올 수 없습니다. 아래에 문제 %n건이 있습니다. 아무것도 저장하지 않았습니다. 파일을 고친 뒤 다시 고르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>문제 (%n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is valid. Check what will change below; nothing is written until you click Import, and then everything is written at once.</source>
        <translation>파일에 문제가 없습니다. 아래에서 바뀔 내용을 확인하세요. 가져오기를 누르기 전에는 아무것도 저장되지 않으며, 누르면 한 번에 모두 저장됩니다.</translation>
    </message>
    <message>
        <source>Everything in this file is already in your data. There is nothing to import.</source>
        <translation>이 파일의 내용은 모두 이미 내 데이터에 있습니다. 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>가져오기에 실패해 아무것도 저장하지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>To add (%n)</source>
        <translation>
            <numerusform>추가 (%n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To change (%n)</source>
        <translation>
            <numerusform>변경 (%n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>변경 없음 (%n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>메모 (%n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bookmarks (%n)</source>
        <translation>
            <numerusform>북마크 (%n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n new record(s)</source>
        <translation>
            <numerusform>%1에서 가져옴: 새 레코드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed record(s)</source>
        <translation>
            <numerusform>변경된 레코드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>메모 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>북마크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>고르기(&amp;C)…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>가져오기로 바뀔 내용</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Atlas::ItemSheet</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Report line</source>
        <translation>보고서 행</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>Atlas::ItemTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Your own record</source>
        <translation>내가 추가한 기록</translation>
    </message>
</context>
<context>
    <name>Atlas::ItemType</name>
    <message>
        <source>Law</source>
        <translation>법</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>법안</translation>
    </message>
    <message>
        <source>Executive order</source>
        <translation>행정명령</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>가이드라인</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>규제</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>연구</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>자금 지원</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>조직 신설</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>Atlas::MainWindow</name>
    <message>
        <source>AI Policy Atlas</source>
        <translation>AI 정책 아틀라스</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Export filtered items as &amp;CSV…</source>
        <translation>필터된 항목을 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export the dataset as &amp;JSON…</source>
        <translation>데이터셋을 JSON으로 내보내기(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Recent views</source>
        <translation>최근 보기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation>모든 필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>상세 정보 창(&amp;D)</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>전체 화면(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch language</source>
        <translation>언어 전환(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AI Policy Atlas</source>
        <translation>AI 정책 아틀라스 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <source>%1 (dataset %2, version %3)</source>
        <translation>%1 (데이터셋 %2, 버전 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>레코드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the dataset</source>
        <translation>데이터셋 내보내기</translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation>교환 형식 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export filtered items</source>
        <translation>필터된 항목 내보내기</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>About AI Policy Atlas</source>
        <translation>AI 정책 아틀라스 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Policy Atlas %1&lt;/h3&gt;&lt;p&gt;An offline, bilingual atlas of AI policy and industry, built from the report &lt;i&gt;%2&lt;/i&gt; by %3.&lt;/p&gt;&lt;p&gt;Every record cites the report&apos;s text line and its original source.&lt;/p&gt;&lt;p&gt;Dataset %4, version %5, schema %6.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI 정책 아틀라스 %1&lt;/h3&gt;&lt;p&gt;%3의 보고서 &lt;i&gt;%2&lt;/i&gt;를 바탕으로 만든 오프라인 한영 AI 정책·산업 아틀라스입니다.&lt;/p&gt;&lt;p&gt;모든 레코드는 보고서 본문의 행 번호와 원출처를 밝힙니다.&lt;/p&gt;&lt;p&gt;데이터셋 %4, 버전 %5, 스키마 %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Map: Natural Earth (public domain), from the world-atlas package (ISC licence); country names: Debian iso-codes (LGPL-2.1+).&lt;/p&gt;</source>
        <translation>&lt;p&gt;지도: Natural Earth(퍼블릭 도메인), world-atlas 패키지(ISC 라이선스) 제공. 국가명: Debian iso-codes(LGPL-2.1+).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import records, notes and bookmarks from an interchange file, after a preview</source>
        <translation>교환 형식 파일에서 레코드, 메모, 북마크를 미리 확인한 뒤 가져옵니다</translation>
    </message>
    <message>
        <source>Export &amp;my data…</source>
        <translation>내 데이터 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Write your notes, bookmarks and own records to one file</source>
        <translation>메모, 북마크, 직접 추가한 레코드를 하나의 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Storyboard</source>
        <translation>스토리보드(&amp;S)</translation>
    </message>
    <message>
        <source>Import records, notes and bookmarks</source>
        <translation>레코드, 메모, 북마크 가져오기</translation>
    </message>
    <message>
        <source>Interchange format (*.json);;All files (*)</source>
        <translation>교환 형식 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>내 데이터 내보내기</translation>
    </message>
    <message>
        <source>Your data was written to %1</source>
        <translation>내 데이터를 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the current view: an image, a PDF, a table or an Excel workbook; copy or print it</source>
        <translation>현재 화면을 이미지, PDF, 표 또는 Excel 통합 문서로 내보내거나 복사·인쇄합니다</translation>
    </message>
    <message>
        <source>Install &amp;dataset update…</source>
        <translation>데이터셋 업데이트 설치(&amp;D)…</translation>
    </message>
    <message>
        <source>Replace the dataset with a newer one from an update bundle; your own data is kept</source>
        <translation>업데이트 번들의 새 데이터셋으로 교체합니다. 내 데이터는 유지됩니다</translation>
    </message>
    <message>
        <source>&amp;What changed in the dataset</source>
        <translation>데이터셋 변경 내용(&amp;W)</translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation>새 항목(&amp;I)…</translation>
    </message>
    <message>
        <source>Add your own item: a policy, law, investment or event after the report</source>
        <translation>보고서 이후의 정책, 법, 투자, 행사 등을 직접 추가합니다</translation>
    </message>
    <message>
        <source>New &amp;figure…</source>
        <translation>새 수치(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;actor…</source>
        <translation>새 주체(&amp;A)…</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>북마크(&amp;B)</translation>
    </message>
    <message>
        <source>Every bookmarked item, profile and chart, with your notes</source>
        <translation>북마크한 모든 항목·프로필·차트와 내 메모</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Deleted. %1 brings it back.</source>
        <translation>삭제했습니다. %1 키로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못함</translation>
    </message>
    <message>
        <source>Your record could not be saved: %1</source>
        <translation>기록을 저장하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n+ record(s)</source>
        <translation>
            <numerusform>레코드 %n개 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;My records…</source>
        <translation>내 레코드(&amp;M)…</translation>
    </message>
    <message>
        <source>List, edit and delete the items, figures and actors you added or imported</source>
        <translation>직접 추가하거나 가져온 항목·수치·주체를 보고, 편집하고, 삭제합니다</translation>
    </message>
</context>
<context>
    <name>Atlas::MapStyle</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>수치 없음</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>항목 수: %1</translation>
    </message>
    <message>
        <source>Items: all categories</source>
        <translation>항목 수: 전체 분야</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>EU members</source>
        <translation>EU 회원국</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 회원국</translation>
    </message>
    <message>
        <source>Region (counts towards its country)</source>
        <translation>지역(해당 국가에 합산)</translation>
    </message>
</context>
<context>
    <name>Atlas::MapView</name>
    <message>
        <source>All dates</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play month by month</source>
        <translation>월별로 재생</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>AI policy world map: %1</source>
        <translation>AI 정책 세계 지도: %1</translation>
    </message>
    <message>
        <source>Countries shaded by the number of items; a region&apos;s items count towards its country</source>
        <translation>국가별 항목 수로 색칠(지역 항목은 해당 국가에 합산)</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>필터 적용</translation>
    </message>
    <message>
        <source>Source: %1, %2 (dataset %3). Map: Natural Earth; Equal Earth projection.</source>
        <translation>출처: %1, 「%2」(데이터셋 %3). 지도: Natural Earth, Equal Earth 도법.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>전체 분야</translation>
    </message>
    <message>
        <source>What the countries are shaded by</source>
        <translation>국가를 색칠할 기준</translation>
    </message>
    <message>
        <source>Map layer</source>
        <translation>지도 레이어</translation>
    </message>
    <message>
        <source>Companies at home</source>
        <translation>기업은 본국에 합산</translation>
    </message>
    <message>
        <source>Also count the items of companies and institutes towards their home country</source>
        <translation>기업·연구기관의 항목도 본국 집계에 포함합니다</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>축소 (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>세계 전체 보기 (0)</translation>
    </message>
    <message>
        <source>Fit world</source>
        <translation>세계 전체</translation>
    </message>
    <message>
        <source>Focus region…</source>
        <translation>지역 보기…</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>유럽</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>동아시아</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>북미</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>국제기구·단체</translation>
    </message>
    <message>
        <source>Select one to outline its members; double-click for its profile.</source>
        <translation>선택하면 회원국을 강조하고, 두 번 클릭하면 프로필을 엽니다.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Show the items up to a month; the last stop shows all dates</source>
        <translation>선택한 달까지의 항목을 표시합니다. 맨 끝은 전체 기간입니다</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>누적</translation>
    </message>
    <message>
        <source>Count everything up to the month, not only that month</source>
        <translation>그달만이 아니라 그달까지의 항목을 모두 셉니다</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>세계 지도</translation>
    </message>
    <message>
        <source>Export the map as PNG, SVG or PDF, copy it or print it (Ctrl+E)</source>
        <translation>지도를 PNG, SVG, PDF로 내보내거나 복사·인쇄합니다(Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>Atlas::MapWidget</name>
    <message>
        <source>Region of %1; counts towards it</source>
        <translation>%1의 지역(국가 집계에 포함)</translation>
    </message>
    <message>
        <source>No figure in this group</source>
        <translation>이 지표에 해당 수치 없음</translation>
    </message>
    <message>
        <source>Not covered by the dataset</source>
        <translation>데이터셋에 없는 국가</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1</source>
        <translation>
            <numerusform>%1 항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member of the %1, which has %n item(s) of its own</source>
        <translation>
            <numerusform>%1 회원국(%1 자체 항목 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Including regions: %1</source>
        <translation>지역 포함: %1</translation>
    </message>
    <message>
        <source>Click for the profile</source>
        <translation>클릭하면 프로필을 엽니다</translation>
    </message>
</context>
<context>
    <name>Atlas::Migrator</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>스키마 버전을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2)</source>
        <translation>데이터베이스의 스키마 버전 %1이(가) 이 프로그램이 아는 버전(%2)보다 새롭습니다</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>마이그레이션 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>마이그레이션 %1 실패: %2</translation>
    </message>
    <message>
        <source>cannot set the schema version: %1</source>
        <translation>스키마 버전을 설정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>마이그레이션 %1을(를) 커밋할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Atlas::MyRecordsDialog</name>
    <message>
        <source>Deleted %1. %2 brings it back.</source>
        <translation>%1 레코드를 삭제했습니다. %2(으)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못함</translation>
    </message>
    <message>
        <source>Your change could not be saved: %1</source>
        <translation>변경 내용을 저장하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your own</source>
        <translation>
            <numerusform>내 레코드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>레코드 %2개 중 %1개</translation>
    </message>
    <message>
        <source>You have no records of your own yet. Add an item, a figure or an actor with New, or import a file with File › Import…, and it is listed here.</source>
        <translation>아직 직접 추가한 레코드가 없습니다. ‘새로 만들기’로 항목·수치·주체를 추가하거나 파일 › 가져오기…로 파일을 가져오면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>None of your records is of this kind.</source>
        <translation>이 종류의 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>A series cannot be edited in a form: import a corrected file instead.</source>
        <translation>계열은 입력 양식으로 편집할 수 없습니다. 수정한 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation>선택한 레코드를 편집합니다(Enter 또는 더블클릭)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>My records</source>
        <translation>내 레코드</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>Show only records of one kind</source>
        <translation>한 종류의 레코드만 표시</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>레코드 종류</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Item…</source>
        <translation>항목(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Figure…</source>
        <translation>수치(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Actor…</source>
        <translation>주체(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete). Undo brings it back.</source>
        <translation>선택한 레코드를 삭제합니다(Delete). 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Atlas::OwnRecordListModel</name>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>A country, organisation, company or institute the user added</extracomment>
        <translation>주체</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>Where an own record came from: typed into the record form</extracomment>
        <translation>입력 양식</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <extracomment>Where an own record came from: %1 is the imported file&apos;s name</extracomment>
        <translation>가져옴 (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the record&apos;s identifier</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Origin</source>
        <extracomment>Column header: whether the record was typed into the form or imported</extracomment>
        <translation>출처</translation>
    </message>
    <message>
        <source>Modified</source>
        <extracomment>Column header: when the record last changed</extracomment>
        <translation>수정 일시</translation>
    </message>
</context>
<context>
    <name>Atlas::PlaceholderView</name>
    <message>
        <source>This view is not built yet. Browse and Countries already show every record.</source>
        <translation>이 보기는 아직 준비 중입니다. 목록과 국가 보기에서 모든 레코드를 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Atlas::PresenterWindow</name>
    <message>
        <source>Presenter</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <source>This storyboard has no slides.
Press Esc to leave.</source>
        <translation>이 스토리보드에는 슬라이드가 없습니다.
Esc 키를 누르면 나갑니다.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Present &amp;on</source>
        <translation>발표 화면(&amp;O)</translation>
    </message>
    <message>
        <source>Automatic (a screen without the main window)</source>
        <translation>자동(주 창이 없는 화면)</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>화면 %1: %2 (%3×%4)</translation>
    </message>
</context>
<context>
    <name>Atlas::RecordCommand</name>
    <message>
        <source>Add figure %1</source>
        <translation>수치 추가 %1</translation>
    </message>
    <message>
        <source>Add actor %1</source>
        <translation>주체 추가 %1</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>항목 추가 %1</translation>
    </message>
    <message>
        <source>Edit figure %1</source>
        <translation>수치 편집 %1</translation>
    </message>
    <message>
        <source>Edit actor %1</source>
        <translation>주체 편집 %1</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>항목 편집 %1</translation>
    </message>
    <message>
        <source>Delete figure %1</source>
        <translation>수치 삭제 %1</translation>
    </message>
    <message>
        <source>Delete actor %1</source>
        <translation>주체 삭제 %1</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>항목 삭제 %1</translation>
    </message>
</context>
<context>
    <name>Atlas::RecordForm</name>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>US dollars, millions</source>
        <translation>미국 달러, 백만</translation>
    </message>
    <message>
        <source>US dollars, billions</source>
        <translation>미국 달러, 십억</translation>
    </message>
    <message>
        <source>Korean won, 100 millions (억)</source>
        <translation>원, 억</translation>
    </message>
    <message>
        <source>Korean won, trillions (조)</source>
        <translation>원, 조</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>주체(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분야(&amp;C):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>유형(&amp;Y):</translation>
    </message>
    <message>
        <source>Title (&amp;Korean):</source>
        <translation>제목(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>제목(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>Summary (Korean):</source>
        <translation>요약(한국어):</translation>
    </message>
    <message>
        <source>Summary (English):</source>
        <translation>요약(영어):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>태그(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>주체(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>Metric (&amp;Korean):</source>
        <translation>지표(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Metric (&amp;English):</source>
        <translation>지표(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Name (&amp;Korean):</source>
        <translation>이름(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>이름(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Home country:</source>
        <translation>소속 국가(&amp;H):</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>새 수치</translation>
    </message>
    <message>
        <source>Edit figure</source>
        <translation>수치 편집</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>새 주체</translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation>주체 편집</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>항목 편집</translation>
    </message>
    <message>
        <source>Your own record is kept in your user data, apart from the report&apos;s dataset, and is marked as yours everywhere. Title and text are needed in both languages.</source>
        <translation>직접 추가한 기록은 보고서 데이터와 분리되어 사용자 데이터에 저장되며, 모든 화면에서 내 기록으로 표시됩니다. 제목과 본문은 두 언어 모두 필요합니다.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM 또는 YYYY</translation>
    </message>
    <message>
        <source>YYYY, YYYY-Qn or YYYY-MM</source>
        <translation>YYYY, YYYY-Qn 또는 YYYY-MM</translation>
    </message>
    <message>
        <source>Actor ids, primary first: KOR, USA-CALIFORNIA, OPENAI</source>
        <translation>주체 ID, 주된 주체부터: KOR, USA-CALIFORNIA, OPENAI</translation>
    </message>
    <message>
        <source>Optional: kebab-case keywords, e.g. generative-ai copyright</source>
        <translation>선택: 케밥 표기 영문 키워드, 예: generative-ai copyright</translation>
    </message>
    <message>
        <source>Optional: ISO3 of a company&apos;s or region&apos;s country</source>
        <translation>선택: 기업이나 지역이 속한 국가의 ISO3 코드</translation>
    </message>
</context>
<context>
    <name>Atlas::SeriesModel</name>
    <message>
        <source>Derived</source>
        <translation>파생값</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>보고값</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Actual or forecast</source>
        <translation>실적/전망</translation>
    </message>
    <message>
        <source>As the report states it</source>
        <extracomment>The number in the report&apos;s own (Korean) wording</extracomment>
        <translation>보고서 표기</translation>
    </message>
    <message>
        <source>Reported (report line %1)</source>
        <translation>보고값 (보고서 %1행)</translation>
    </message>
    <message>
        <source>Derived from CAGR %1 (report line %2)</source>
        <translation>연평균 성장률 %1로 계산한 파생값 (보고서 %2행)</translation>
    </message>
    <message>
        <source>Derived from CAGR %1</source>
        <translation>연평균 성장률 %1로 계산한 파생값</translation>
    </message>
    <message>
        <source>Derived, not stated in the report: see Sources for how</source>
        <translation>보고서에 없는 파생값: 계산 방법은 출처 탭 참조</translation>
    </message>
</context>
<context>
    <name>Atlas::SlideExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>내보낼 내용이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Atlas::SlideState</name>
    <message>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Source: %1 (%2), dataset version %3 · AI Policy Atlas</source>
        <translation>출처: %1(%2), 데이터셋 버전 %3 · AI 정책 아틀라스</translation>
    </message>
</context>
<context>
    <name>Atlas::StoryboardPanel</name>
    <message>
        <source>Storyboard</source>
        <translation>스토리보드</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>스토리보드 목록</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>슬라이드</translation>
    </message>
    <message>
        <source>Drag to reorder; double-click to show a slide; F2 to rename it</source>
        <translation>끌어서 순서 변경, 두 번 클릭하면 슬라이드 화면 열기, F2로 제목 변경</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>New storyboard</source>
        <translation>새 스토리보드</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <source>Rename this storyboard</source>
        <translation>이 스토리보드 이름 변경</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete this storyboard</source>
        <translation>이 스토리보드 삭제</translation>
    </message>
    <message>
        <source>&amp;Add current view to storyboard</source>
        <translation>현재 화면을 스토리보드에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add view</source>
        <translation>화면 추가</translation>
    </message>
    <message>
        <source>Remove slide</source>
        <translation>슬라이드 삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>&amp;Present storyboard</source>
        <translation>스토리보드 발표(&amp;P)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Export storyboard as &amp;PDF…</source>
        <translation>스토리보드를 PDF로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Storyboard %1</source>
        <translation>스토리보드 %1</translation>
    </message>
    <message>
        <source>Could not save the storyboard: %1</source>
        <translation>스토리보드를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Rename storyboard</source>
        <translation>스토리보드 이름 변경</translation>
    </message>
    <message>
        <source>Delete storyboard</source>
        <translation>스토리보드 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete the storyboard “%1” and its %n slide(s)?</source>
        <translation>
            <numerusform>스토리보드 “%1”과(와) 슬라이드 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the slide: %1</source>
        <translation>슬라이드를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Export storyboard as PDF</source>
        <translation>스토리보드를 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>Atlas::SyntheticDataset</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Atlas::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineLaneModel</name>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Companies and institutes</source>
        <translation>기업·기관</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>국제기구·단체</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: 항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atlas::TimelinePainter</name>
    <message>
        <source>exact day</source>
        <translation>정확한 날짜</translation>
    </message>
    <message>
        <source>month or year</source>
        <translation>월·연 단위</translation>
    </message>
    <message>
        <source>several items</source>
        <translation>여러 항목</translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineView</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>AI policy timeline, %1</source>
        <translation>AI 정책 타임라인, %1</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>분야별 레인</translation>
    </message>
    <message>
        <source>Lanes by country, organisation and company</source>
        <translation>국가·국제기구·기업별 레인</translation>
    </message>
    <message>
        <source>%1 · Filtered: %2</source>
        <translation>%1 · 필터: %2</translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Dates known only to the month or year are drawn as bars over that period. Made with AI Policy Atlas.</source>
        <translation>출처: %1, %2 (%3). 월이나 연도까지만 알려진 날짜는 그 기간 전체에 걸친 막대로 표시했습니다. AI 정책 아틀라스로 작성.</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>레인</translation>
    </message>
    <message>
        <source>Tick the lanes to show. Lanes move inside their group; the order is kept.</source>
        <translation>표시할 레인에 체크하세요. 레인은 같은 그룹 안에서 옮길 수 있으며, 순서는 저장됩니다.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>모두 보이기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset order</source>
        <translation>순서 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>주체별</translation>
    </message>
    <message>
        <source>One lane per country, organisation or company</source>
        <translation>국가·국제기구·기업마다 레인 하나</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>분야별</translation>
    </message>
    <message>
        <source>One lane per category</source>
        <translation>분야마다 레인 하나</translation>
    </message>
    <message>
        <source>2023</source>
        <translation>2023년</translation>
    </message>
    <message>
        <source>Show the year 2023</source>
        <translation>2023년 보기</translation>
    </message>
    <message>
        <source>2016–2023</source>
        <translation>2016–2023년</translation>
    </message>
    <message>
        <source>Show 2016 to 2023</source>
        <translation>2016–2023년 보기</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Show every item</source>
        <translation>모든 항목 보기</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>확대 (+ 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Zoom out (−, or the mouse wheel)</source>
        <translation>축소 (− 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Lanes…</source>
        <translation>레인…</translation>
    </message>
    <message>
        <source>Show, hide and reorder lanes</source>
        <translation>레인 보이기·숨기기·순서 바꾸기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export the current range as PNG, SVG or PDF</source>
        <translation>현재 기간을 PNG, SVG, PDF로 내보내기</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Wheel or pinch to zoom, drag to pan, click a mark to open it. Keys: ←/→ step between items, ↑/↓ between lanes, +/− zoom, Shift+←/→ pan.</source>
        <translation>휠이나 핀치로 확대·축소하고, 끌어서 이동하며, 표시를 클릭하면 항목이 열립니다. 키: ←/→ 항목 이동, ↑/↓ 레인 이동, +/− 확대·축소, Shift+←/→ 화면 이동.</translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineWidget</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A lane group&apos;s header: &quot;Countries · 13&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No items match the filters.</source>
        <translation>필터에 맞는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>클릭하면 확대합니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (click to expand)</source>
        <translation>%1 (클릭하면 펼칩니다)</translation>
    </message>
    <message>
        <source>%1 (click to collapse)</source>
        <translation>%1 (클릭하면 접습니다)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Expand group</source>
        <translation>그룹 펼치기</translation>
    </message>
    <message>
        <source>Collapse group</source>
        <translation>그룹 접기</translation>
    </message>
    <message>
        <source>Move lane up</source>
        <translation>레인 위로 옮기기</translation>
    </message>
    <message>
        <source>Move lane down</source>
        <translation>레인 아래로 옮기기</translation>
    </message>
    <message>
        <source>Hide lane “%1”</source>
        <translation>‘%1’ 레인 숨기기</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>프로필 열기</translation>
    </message>
    <message numerus="yes">
        <source>Show all lanes (%n hidden)</source>
        <translation>
            <numerusform>모든 레인 보이기 (숨긴 레인 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset lane order</source>
        <translation>레인 순서 초기화</translation>
    </message>
</context>
<context>
    <name>Atlas::UserDataStore</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB</source>
        <translation>%1: %2MB보다 큽니다</translation>
    </message>
    <message>
        <source>findings: the report&apos;s findings belong to the base dataset and cannot be imported</source>
        <translation>findings: 보고서의 결론은 기본 데이터셋에 속하므로 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>%1[%2].id: &quot;%3&quot; is a record of the base dataset; give your record its own id</source>
        <translation>%1[%2].id: &quot;%3&quot;은(는) 기본 데이터셋의 레코드입니다. 직접 만든 레코드에는 다른 id를 지정하세요</translation>
    </message>
    <message>
        <source>notes[%1]: needs target_kind (%2), target_id and text</source>
        <translation>notes[%1]: target_kind(%2), target_id, text가 필요합니다</translation>
    </message>
    <message>
        <source>bookmarks[%1]: needs target_kind (%2) and target_id</source>
        <translation>bookmarks[%1]: target_kind(%2)와 target_id가 필요합니다</translation>
    </message>
    <message>
        <source>The import has problems; nothing was written.</source>
        <translation>가져오기에 문제가 있어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>A record needs an id.</source>
        <translation>기록에는 ID가 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Atlas::View</name>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
</context>
<context>
    <name>Atlas::WhatChangedDialog</name>
    <message>
        <source>What changed in the dataset</source>
        <translation>데이터셋 변경 내용</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation>버전 %1 → 버전 %2</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed. Double-click a record to open it; removed records are no longer in the dataset.</source>
        <translation>%1: 추가 %2건, 변경 %3건, 삭제 %4건. 레코드를 두 번 클릭하면 열립니다. 삭제된 레코드는 더 이상 데이터셋에 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>변경(&amp;H):</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>모든 변경</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The two datasets hold the same records.</source>
        <translation>두 데이터셋의 레코드가 같습니다.</translation>
    </message>
    <message>
        <source>No change of this kind.</source>
        <translation>이 조건에 맞는 변경이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Atlas::XlsxExporter</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Report line</source>
        <translation>보고서 행</translation>
    </message>
    <message>
        <source>Original citation</source>
        <translation>원 출처</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>파생</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>보고</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Name of the sheet with the table in an exported Excel workbook (at most 31 characters)</extracomment>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Name of the sheet with the sources in an exported Excel workbook (at most 31 characters)</extracomment>
        <translation>출처</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>내보낼 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 파일을 쓸 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>%1 파일을 쓸 수 없습니다: 폴더에 쓰기 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: out of memory.</source>
        <translation>%1 파일을 쓸 수 없습니다: 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: invalid sheet name.</source>
        <translation>%1 파일을 쓸 수 없습니다: 시트 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the existing file cannot be replaced.</source>
        <translation>%1 파일을 쓸 수 없습니다: 기존 파일을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be renamed into place.</source>
        <translation>%1 파일을 쓸 수 없습니다: 임시 파일의 이름을 바꿀 수 없습니다.</translation>
    </message>
</context>
</TS>
