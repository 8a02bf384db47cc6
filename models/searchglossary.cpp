#include "searchglossary.h"

#include <QHash>

namespace Atlas {

namespace {
struct Entry
{
    const char16_t *tag;
    const char16_t *ko;
};

// The tags the dataset uses most, with the words the report uses for them. Keep sorted by tag.
constexpr Entry kEntries[] = {
    { u"accountability", u"책임성" },
    { u"action-plan", u"실행 계획" },
    { u"advisory-body", u"자문 기구" },
    { u"agi", u"범용 인공지능" },
    { u"ai-act", u"AI 법" },
    { u"ai-adoption", u"AI 도입" },
    { u"ai-chips", u"AI 반도체" },
    { u"ai-education", u"AI 교육" },
    { u"ai-governance", u"AI 거버넌스" },
    { u"ai-principles", u"AI 원칙" },
    { u"ai-safety", u"AI 안전" },
    { u"ai-semiconductors", u"AI 반도체" },
    { u"algorithms", u"알고리즘" },
    { u"automation", u"자동화" },
    { u"bias", u"편향" },
    { u"big-data", u"빅데이터" },
    { u"budget", u"예산" },
    { u"certification", u"인증" },
    { u"chatbot", u"챗봇" },
    { u"chatbots", u"챗봇" },
    { u"children", u"아동" },
    { u"civil-rights", u"시민권" },
    { u"cloud", u"클라우드" },
    { u"cloud-computing", u"클라우드 컴퓨팅" },
    { u"competition", u"경쟁" },
    { u"compute", u"컴퓨팅 자원" },
    { u"computing-power", u"컴퓨팅 파워" },
    { u"consultation", u"의견수렴" },
    { u"consumer-protection", u"소비자 보호" },
    { u"copyright", u"저작권" },
    { u"creative-industries", u"창작 산업" },
    { u"curriculum", u"교육과정" },
    { u"cybersecurity", u"사이버보안" },
    { u"data", u"데이터" },
    { u"data-centers", u"데이터센터" },
    { u"data-centres", u"데이터센터" },
    { u"data-protection", u"개인정보 보호" },
    { u"deepfakes", u"딥페이크" },
    { u"digital-rights", u"디지털 권리" },
    { u"digital-textbooks", u"디지털 교과서" },
    { u"education", u"교육" },
    { u"ethics", u"윤리" },
    { u"evaluation", u"평가" },
    { u"executive-order", u"행정명령" },
    { u"export-controls", u"수출 통제" },
    { u"fairness", u"공정성" },
    { u"foundation-models", u"파운데이션 모델, 기반 모델" },
    { u"frontier-ai", u"프론티어 AI" },
    { u"funding", u"자금 지원" },
    { u"generative-ai", u"생성형 AI, 생성 AI" },
    { u"governance", u"거버넌스" },
    { u"guidelines", u"가이드라인, 지침" },
    { u"hallucination", u"환각" },
    { u"healthcare", u"의료" },
    { u"higher-education", u"고등교육, 대학" },
    { u"image-generation", u"이미지 생성" },
    { u"industrial-policy", u"산업 정책" },
    { u"innovation", u"혁신" },
    { u"intellectual-property", u"지식재산, 지적재산" },
    { u"international-cooperation", u"국제 협력" },
    { u"international-standards", u"국제 표준" },
    { u"investment", u"투자" },
    { u"jobs", u"일자리" },
    { u"labeling", u"표시, 라벨" },
    { u"labor-market", u"노동시장" },
    { u"labour-market", u"노동시장" },
    { u"language-models", u"언어모델" },
    { u"large-language-models", u"초거대 언어모델, 대규모 언어모델, LLM" },
    { u"legislation", u"입법, 법안" },
    { u"liability", u"책임" },
    { u"machine-learning", u"기계학습, 머신러닝" },
    { u"medical-ai", u"의료 AI" },
    { u"medical-imaging", u"의료 영상" },
    { u"military", u"군사" },
    { u"multimodal-ai", u"멀티모달" },
    { u"national-security", u"국가안보" },
    { u"national-strategy", u"국가 전략" },
    { u"open-source", u"오픈소스" },
    { u"patents", u"특허" },
    { u"privacy", u"개인정보, 프라이버시" },
    { u"productivity", u"생산성" },
    { u"public-consultation", u"의견수렴" },
    { u"public-sector", u"공공 부문" },
    { u"r-and-d", u"연구개발" },
    { u"regulation", u"규제" },
    { u"regulatory-sandbox", u"규제 샌드박스" },
    { u"research-funding", u"연구비" },
    { u"reskilling", u"재교육" },
    { u"responsible-ai", u"책임 있는 AI" },
    { u"risk-management", u"위험관리" },
    { u"robotics", u"로봇" },
    { u"safety", u"안전" },
    { u"semiconductors", u"반도체" },
    { u"skills", u"역량, 기술 역량" },
    { u"standards", u"표준" },
    { u"startups", u"스타트업" },
    { u"strikes", u"파업" },
    { u"supercomputing", u"슈퍼컴퓨팅" },
    { u"talent", u"인재" },
    { u"text-and-data-mining", u"텍스트 데이터 마이닝, TDM" },
    { u"training-data", u"학습 데이터, 훈련 데이터" },
    { u"transparency", u"투명성" },
    { u"trustworthy-ai", u"신뢰할 수 있는 AI" },
    { u"watermarking", u"워터마크" },
    { u"workforce", u"인력" },
};

struct Glossary
{
    QHash<QString, QString> names; // tag → first Korean name
    QList<QPair<QString, QString>> words; // (Korean word, tag), every name
};

const Glossary &glossary()
{
    static const Glossary g = [] {
        Glossary out;
        for (const Entry &e : kEntries) {
            const QString tag = QString::fromUtf16(e.tag);
            const QStringList names = QString::fromUtf16(e.ko).split(QStringLiteral(", "));
            out.names.insert(tag, names.constFirst());
            for (const QString &n : names)
                out.words.append({ n, tag });
        }
        return out;
    }();
    return g;
}
} // namespace

QStringList SearchGlossary::tagsForTerm(const QString &term)
{
    QStringList out;
    const QString t = term.trimmed();
    // One syllable would pull in half the glossary; ASCII terms already match the tags themselves.
    if (t.size() < 2)
        return out;
    bool hasNonAscii = false;
    for (const QChar c : t)
        hasNonAscii = hasNonAscii || c.unicode() > 0x7f;
    if (!hasNonAscii)
        return out;
    for (const auto &[word, tag] : glossary().words) {
        if (word.contains(t, Qt::CaseInsensitive) && !out.contains(tag))
            out << tag;
    }
    return out;
}

QString SearchGlossary::koreanName(const QString &tag)
{
    return glossary().names.value(tag);
}

} // namespace Atlas
