<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Atlas</name>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ActorKind</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ActorModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ActorPicker</name>
    <message>
        <source>Countries and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <source>Choose countries, organisations and companies to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names in Korean or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::AnnotationPanel</name>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bookmark from this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bookmark from this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your note (%1). It is kept and will be saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own note on this chart. It is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own note on this country or organisation. It is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::Application</name>
    <message>
        <source>AI Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use map, timeline, charts, browse, countries, bookmarks, country:&lt;ISO3&gt;, item:&lt;id&gt;, chart:&lt;id&gt;, presenter or presenter:&lt;view&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::BookmarkListModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer in the dataset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Column header: when the bookmark was made</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::BookmarksView</name>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation><numerusform>%n bookmark</numerusform><numerusform>%n bookmarks</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet. Use ☆ Bookmark on an item, a country or organisation profile, or a chart, and it is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only bookmarks of one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected bookmark (Delete). Your note stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::BrowseView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered items as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered items as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· best matches first (click a column to sort by it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the items shown, with the current search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;JSON (interchange format)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of the report: it cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI policy items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Filtered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;table, workbook or image (CSV, Excel, PNG, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ item(s)</source>
        <translation><numerusform>%n+ item</numerusform><numerusform>%n+ items</numerusform></translation>
    </message>
</context>
<context>
    <name>Atlas::Category</name>
    <message>
        <source>Policy/law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce/education</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ChartBuilder</name>
    <message>
        <source>Spread between publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CAGR %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived (computed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ChartCatalogModel</name>
    <message>
        <source>Worldwide AI market size: forecasts compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n point(s)</source>
        <translation><numerusform>%1 · %n point</numerusform><numerusform>%1 · %n points</numerusform></translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation><numerusform>%n figure</numerusform><numerusform>%n figures</numerusform></translation>
    </message>
</context>
<context>
    <name>Atlas::ChartGallery</name>
    <message>
        <source>Search charts (both languages)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches titles, publishers and countries in Korean and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ChartPanel</name>
    <message>
        <source>Show or hide this publisher&apos;s forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow points and dashed lines are derived (computed, not stated in the report); hover a point to see how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in another unit are shown in the Table only.</source>
        <translation><numerusform>%n figure in another unit are shown in the Table only.</numerusform><numerusform>%n figures in another unit are shown in the Table only.</numerusform></translation>
    </message>
    <message>
        <source>A shorter bar is a better rank. Korea is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAGR %1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey band: spread between publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show growth rates as slopes: equal steps on the axis are equal ratios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade the range between the lowest and the highest publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rank first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst rank first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as a 16:9 slide with its title, unit and source, or its data as CSV or Excel; print it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ChartSources</name>
    <message>
        <source>%1 (footnote %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, report line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by the report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived (computed, not stated): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They follow the compound annual growth rate (CAGR) of %1 the report states for %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate implied by the reported %1 and %2 values is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes below say how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported and derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled from: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the report states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiled by %1 (report lines %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::CommandLine</name>
    <message>
        <source>Language for the window and for text output: ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ko|en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this base dataset instead of the installed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this user database (notes, bookmarks, own records) instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole dataset (base and your own records) in the interchange format; - for stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the items as CSV (UTF-8 with BOM, one row per item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print matching items as TSV: id, date, actor ids, title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many search results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x720.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile the JSON dataset in SRC_DIR into a SQLite file OUT (give OUT after SRC_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRC_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be ko or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1280x720, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command is not available in this version. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--build-dataset needs SRC_DIR and OUT, e.g. --build-dataset resources/data atlas.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was written.</source>
        <translation><numerusform>%n problem; nothing was written.</numerusform><numerusform>%n problems; nothing was written.</numerusform></translation>
    </message>
    <message>
        <source>%1: no file has a &quot;dataset&quot; header with an id and version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 actors, %3 items, %4 series, %5 figures, %6 findings
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the program, dataset and schema versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Policy Atlas: an offline, bilingual atlas of the SPRi report on AI policy and industry trends.
With no options, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file of --build-dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[OUT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display is available. Start AI Policy Atlas on a desktop, or render a view to a file with --screenshot FILE [--view V].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic dataset of N items to OUT (give OUT after N): .json for the interchange format, anything else for a SQLite dataset. For scale tests and benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-synthetic needs a count and an output file, e.g. --generate-synthetic 1000000 big.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 synthetic items
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate FILE (interchange format) and import it into your user database in one transaction. On any problem: print every problem, exit 2, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your own records, notes and bookmarks to one file that another installation can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation><numerusform>%n problem; nothing was imported.</numerusform><numerusform>%n problems; nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>Checked %1: %2 new, %3 changed, %4 unchanged records, %5 notes, %6 bookmarks. Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the items as an Excel workbook: a Data sheet and a Sources sheet, in the --lang language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View for --screenshot: map, timeline, charts, browse, countries, bookmarks, country:&lt;ISO3&gt;, item:&lt;id&gt;, chart:&lt;id&gt;, presenter (presenter mode on the first storyboard) or presenter:&lt;view&gt; (that view as a slide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme for the window (and --screenshot): system, light, dark or high-contrast. Without it, the one chosen in View &gt; Theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the update bundle (a folder with manifest.json and atlas.sqlite, the manifest, or a bare atlas.sqlite) and install it as the dataset. On any problem: print every problem, exit 2, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --install-update: install even when the update is not newer than the dataset in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an update bundle for the dataset file DB into the folder OUTDIR (give OUTDIR after DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what changed from dataset OLD to dataset NEW (give NEW after OLD) as TSV: change, kind, id, date, changed fields, title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using an installed dataset update and go back to the bundled dataset (rebuilt from the data inside the program if that copy is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be system, light, dark or high-contrast, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start AI Policy Atlas without options to restore the bundled dataset, or run --restore-dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI policy items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Made with AI Policy Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was installed.</source>
        <translation><numerusform>%n problem; nothing was installed.</numerusform><numerusform>%n problems; nothing was installed.</numerusform></translation>
    </message>
    <message>
        <source>%1: version %2 of the dataset is already in use; add --force to install it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 is older than the dataset in use (%3); add --force to install it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed dataset %1 %2 as %3 (it replaces %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--make-update-bundle needs DB and OUTDIR, e.g. --make-update-bundle atlas.sqlite usb/update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: manifest.json and atlas.sqlite written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--diff-datasets needs OLD and NEW, e.g. --diff-datasets old.sqlite new.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled dataset was damaged; it was rebuilt from the data inside the program into %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the bundled dataset %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::CountriesView</name>
    <message>
        <source>Choose a country, organisation or company on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by category (after filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a country, organisation or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries, organisations and companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related companies and institutes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s), by number of items</source>
        <translation><numerusform>%n actor, by number of items</numerusform><numerusform>%n actors, by number of items</numerusform></translation>
    </message>
    <message>
        <source>%1 · Filtered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as CSV, Excel or an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::CountryStatsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::Database</name>
    <message>
        <source>The dataset file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open your user database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use your user database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user database %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update your user database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the dataset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a dataset (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 has schema version %2; this program reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 has no header (id and version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user database %1 is damaged and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user database was damaged. It was moved to %1 and a new, empty one was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new dataset into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no build in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetDamagePrompt</name>
    <message>
        <source>AI Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas dataset is missing or damaged, so AI Policy Atlas cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, bookmarks, own records and storyboards are kept in a separate file and are not affected.

Restore the dataset that came with the program to continue. If that copy is damaged too, it is rebuilt from the data inside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the bundled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetDiff</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetDiffModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetReader</name>
    <message>
        <source>the folder holds no .json files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a Git LFS pointer, not the data itself; fetch the file with git lfs first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported format (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second dataset header; only one file may have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required and must be non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for records taken from the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a power of ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give currency and scale, or a unit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid actor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an actor kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a lower-case slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kebab-case tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be &quot;reported&quot; or &quot;derived&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetStore</name>
    <message>
        <source>The dataset file (atlas.sqlite) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a dataset: it is not a SQLite database, or it is badly damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 is damaged (the integrity check failed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 has schema version %2; this program reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 has no header (id and version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file %1 is incomplete: the table &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the dataset into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the dataset does not match its checksum; the medium may be failing. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the current dataset for rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the new dataset in place in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the installed dataset %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of the program carries no dataset to rebuild from. Reinstall the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset inside the program cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetUpdateFlow</name>
    <message>
        <source>Install dataset update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update bundle or dataset (manifest.json *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update cannot be installed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the dataset is already in use. Install it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update holds version %1, which is older than the version in use (%2). Install the older version anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install version %1 of the dataset (now %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, bookmarks, own records and storyboards are kept. The dataset in use now is kept too, so the update can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset in use is the one that came with the program; no update has been installed, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datasets cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetUpdater</name>
    <message>
        <source>%1: does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder holds neither manifest.json nor atlas.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is too large to be a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: format: expected &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dataset.id: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dataset.version: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dataset.schema: version %2; this program reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: files: must list atlas.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.path: &quot;%2&quot; is not a file name inside the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.sha256: not a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing from the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.size: %2 has %3 bytes, the manifest says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.sha256: %2 does not match its checksum (the file is damaged or was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dataset id &quot;%2&quot; differs from the manifest&apos;s &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dataset version &quot;%2&quot; differs from the manifest&apos;s &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is the dataset &quot;%2&quot;, not an update of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::DetailPane</name>
    <message>
        <source> (text line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record in any view to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the report&apos;s summary table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report gives no original source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[footnote %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a ready-made citation of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related items (same actors or tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your note (%1). It is kept and will be saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bookmark from this item (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this item (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own note on this item. It is saved as you type and stays with your data when the dataset is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own record — not in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this record (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ExportDialog</name>
    <message numerus="yes">
        <source>… and %n more row(s) in the CSV or Excel export</source>
        <translation><numerusform>… and %n more row in the CSV or Excel export</numerusform><numerusform>… and %n more rows in the CSV or Excel export</numerusform></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 × %2 pixel image for a 16:9 slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vector drawing that stays sharp at any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One 16:9 PDF page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) as CSV (UTF-8 with BOM, opens in Excel).</source>
        <translation><numerusform>%n row as CSV (UTF-8 with BOM, opens in Excel).</numerusform><numerusform>%n rows as CSV (UTF-8 with BOM, opens in Excel).</numerusform></translation>
    </message>
    <message>
        <source>The rows as CSV (UTF-8 with BOM, opens in Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in an Excel workbook: a Data sheet and a Sources sheet.</source>
        <translation><numerusform>%n row in an Excel workbook: a Data sheet and a Sources sheet.</numerusform><numerusform>%n rows in an Excel workbook: a Data sheet and a Sources sheet.</numerusform></translation>
    </message>
    <message>
        <source>An Excel workbook: a Data sheet and a Sources sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the slide as a %1 × %2 pixel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit and filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, 1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, 2× (high-DPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, 3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the table to the clipboard: paste it into a spreadsheet or a document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::FacetModel</name>
    <message>
        <source>Show fewer actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n actor(s)</source>
        <translation><numerusform>Show all %n actor</numerusform><numerusform>Show all %n actors</numerusform></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies and institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <extracomment>A year in the year facet, e.g. 2023 → &quot;2023년&quot; in Korean.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation><numerusform>%1: %n item</numerusform><numerusform>%1: %n items</numerusform></translation>
    </message>
    <message>
        <source>Facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::FacetPanel</name>
    <message>
        <source>Refine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facets: click a value to filter by it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::FigureGroupModel</name>
    <message>
        <source>Bar</source>
        <extracomment>A bar of a bar chart: what it stands for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the report states it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::FilterBar</name>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries, tags and actors in Korean or English (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actor kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies and institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmarked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the items you bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::Formatter</name>
    <message>
        <source>known to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ImportDialog</name>
    <message>
        <source>Import records, notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange format (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in the interchange format (ai-policy-atlas/1), for example one written by File › Export my data… on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file cannot be imported: %n problem(s), listed below. Nothing has been written. Correct the file and choose it again.</source>
        <translation><numerusform>This file cannot be imported: %n problem, listed below. Nothing has been written. Correct the file and choose it again.</numerusform><numerusform>This file cannot be imported: %n problems, listed below. Nothing has been written. Correct the file and choose it again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation><numerusform>Problems (%n)</numerusform><numerusform>Problems (%n)</numerusform></translation>
    </message>
    <message>
        <source>The file is valid. Check what will change below; nothing is written until you click Import, and then everything is written at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this file is already in your data. There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To add (%n)</source>
        <translation><numerusform>To add (%n)</numerusform><numerusform>To add (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>To change (%n)</source>
        <translation><numerusform>To change (%n)</numerusform><numerusform>To change (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation><numerusform>Unchanged (%n)</numerusform><numerusform>Unchanged (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation><numerusform>Notes (%n)</numerusform><numerusform>Notes (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Bookmarks (%n)</source>
        <translation><numerusform>Bookmarks (%n)</numerusform><numerusform>Bookmarks (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n new record(s)</source>
        <translation><numerusform>Imported from %1: %n new record</numerusform><numerusform>Imported from %1: %n new records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n changed record(s)</source>
        <translation><numerusform>%n changed record</numerusform><numerusform>%n changed records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation><numerusform>%n bookmark</numerusform><numerusform>%n bookmarks</numerusform></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ItemSheet</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ItemTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::ItemType</name>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::MainWindow</name>
    <message>
        <source>AI Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export filtered items as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dataset as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AI Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dataset %2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <source>Export the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange format (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export filtered items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AI Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Policy Atlas %1&lt;/h3&gt;&lt;p&gt;An offline, bilingual atlas of AI policy and industry, built from the report &lt;i&gt;%2&lt;/i&gt; by %3.&lt;/p&gt;&lt;p&gt;Every record cites the report&apos;s text line and its original source.&lt;/p&gt;&lt;p&gt;Dataset %4, version %5, schema %6.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Map: Natural Earth (public domain), from the world-atlas package (ISC licence); country names: Debian iso-codes (LGPL-2.1+).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records, notes and bookmarks from an interchange file, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your notes, bookmarks and own records to one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records, notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange format (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current view: an image, a PDF, a table or an Excel workbook; copy or print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &amp;dataset update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the dataset with a newer one from an update bundle; your own data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own item: a policy, law, investment or event after the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bookmarked item, profile and chart, with your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. %1 brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ record(s)</source>
        <translation><numerusform>%n+ record</numerusform><numerusform>%n+ records</numerusform></translation>
    </message>
    <message>
        <source>&amp;My records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, edit and delete the items, figures and actors you added or imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::MapStyle</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (counts towards its country)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::MapView</name>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI policy world map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries shaded by the number of items; a region&apos;s items count towards its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, %2 (dataset %3). Map: Natural Earth; Equal Earth projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the countries are shaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also count the items of companies and institutes towards their home country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one to outline its members; double-click for its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the items up to a month; the last stop shows all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count everything up to the month, not only that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map as PNG, SVG or PDF, copy it or print it (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::MapWidget</name>
    <message>
        <source>Region of %1; counts towards it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered by the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1</source>
        <translation><numerusform>%n item in %1</numerusform><numerusform>%n items in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Member of the %1, which has %n item(s) of its own</source>
        <translation><numerusform>Member of the %1, which has %n item of its own</numerusform><numerusform>Member of the %1, which has %n items of its own</numerusform></translation>
    </message>
    <message>
        <source>Including regions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::Migrator</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::MyRecordsDialog</name>
    <message>
        <source>Deleted %1. %2 brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your own</source>
        <translation><numerusform>%n record of your own</numerusform><numerusform>%n records of your own</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no records of your own yet. Add an item, a figure or an actor with New, or import a file with File › Import…, and it is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your records is of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series cannot be edited in a form: import a corrected file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only records of one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (Delete). Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::OwnRecordListModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>A country, organisation, company or institute the user added</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>Where an own record came from: typed into the record form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <extracomment>Where an own record came from: %1 is the imported file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the record&apos;s identifier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <extracomment>Column header: whether the record was typed into the form or imported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <extracomment>Column header: when the record last changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::PlaceholderView</name>
    <message>
        <source>This view is not built yet. Browse and Countries already show every record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::PresenterWindow</name>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This storyboard has no slides.
Press Esc to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (a screen without the main window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::RecordCommand</name>
    <message>
        <source>Add figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::RecordForm</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars, millions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars, billions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean won, 100 millions (억)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean won, trillions (조)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (&amp;Korean):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (Korean):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric (&amp;Korean):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Korean):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own record is kept in your user data, apart from the report&apos;s dataset, and is marked as yours everywhere. Title and text are needed in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-Qn or YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor ids, primary first: KOR, USA-CALIFORNIA, OPENAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: kebab-case keywords, e.g. generative-ai copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: ISO3 of a company&apos;s or region&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::SeriesModel</name>
    <message>
        <source>Derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual or forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the report states it</source>
        <extracomment>The number in the report&apos;s own (Korean) wording</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported (report line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from CAGR %1 (report line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from CAGR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived, not stated in the report: see Sources for how</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::SlideExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::SlideState</name>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2), dataset version %3 · AI Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::StoryboardPanel</name>
    <message>
        <source>Storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder; double-click to show a slide; F2 to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add current view to storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export storyboard as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the storyboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the storyboard “%1” and its %n slide(s)?</source>
        <translation><numerusform>Delete the storyboard “%1” and its %n slide?</numerusform><numerusform>Delete the storyboard “%1” and its %n slides?</numerusform></translation>
    </message>
    <message>
        <source>Could not save the slide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export storyboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::SyntheticDataset</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineLaneModel</name>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies and institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation><numerusform>%1: %n item</numerusform><numerusform>%1: %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>Atlas::TimelinePainter</name>
    <message>
        <source>exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineView</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI policy timeline, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by country, organisation and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Filtered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Dates known only to the month or year are drawn as bars over that period. Made with AI Policy Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the lanes to show. Lanes move inside their group; the order is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per country, organisation or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the year 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2016–2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 2016 to 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−, or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, hide and reorder lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current range as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or pinch to zoom, drag to pan, click a mark to open it. Keys: ←/→ step between items, ↑/↓ between lanes, +/− zoom, Shift+←/→ pan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineWidget</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A lane group&apos;s header: &quot;Countries · 13&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation><numerusform>%1: %n item</numerusform><numerusform>%1: %n items</numerusform></translation>
    </message>
    <message>
        <source>%1 (click to expand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (click to collapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lane up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lane down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide lane “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all lanes (%n hidden)</source>
        <translation><numerusform>Show all lanes (%n hidden)</numerusform><numerusform>Show all lanes (%n hidden)</numerusform></translation>
    </message>
    <message>
        <source>Reset lane order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::UserDataStore</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings: the report&apos;s findings belong to the base dataset and cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2].id: &quot;%3&quot; is a record of the base dataset; give your record its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes[%1]: needs target_kind (%2), target_id and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks[%1]: needs target_kind (%2) and target_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import has problems; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::View</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::WhatChangedDialog</name>
    <message>
        <source>What changed in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed. Double-click a record to open it; removed records are no longer in the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two datasets hold the same records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas::XlsxExporter</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Name of the sheet with the table in an exported Excel workbook (at most 31 characters)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Name of the sheet with the sources in an exported Excel workbook (at most 31 characters)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: invalid sheet name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the existing file cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be renamed into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
