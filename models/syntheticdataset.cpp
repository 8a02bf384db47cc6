#include "syntheticdataset.h"

#include "datasetbuilder.h"
#include "records.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Atlas {

namespace {
struct ActorSeed
{
    const char16_t *id, *kind, *ko, *en, *country;
    int weight; // how often the actor appears
};
const ActorSeed kActors[] = {
    { u"USA", u"country", u"미국", u"United States", nullptr, 20 },
    { u"CHN", u"country", u"중국", u"China", nullptr, 14 },
    { u"EUU", u"union", u"유럽연합", u"European Union", nullptr, 10 },
    { u"KOR", u"country", u"대한민국", u"Republic of Korea", nullptr, 14 },
    { u"JPN", u"country", u"일본", u"Japan", nullptr, 8 },
    { u"GBR", u"country", u"영국", u"United Kingdom", nullptr, 8 },
    { u"CAN", u"country", u"캐나다", u"Canada", nullptr, 4 },
    { u"DEU", u"country", u"독일", u"Germany", nullptr, 5 },
    { u"FRA", u"country", u"프랑스", u"France", nullptr, 5 },
    { u"SGP", u"country", u"싱가포르", u"Singapore", nullptr, 3 },
    { u"IND", u"country", u"인도", u"India", nullptr, 2 },
    { u"CHN-BEIJING", u"subnational", u"베이징시", u"Beijing", u"CHN", 2 },
    { u"CHN-SHENZHEN", u"subnational", u"선전시", u"Shenzhen", u"CHN", 1 },
    { u"OECD", u"organization", u"경제협력개발기구", u"OECD", nullptr, 3 },
    { u"UN", u"organization", u"국제연합", u"United Nations", nullptr, 2 },
    { u"G7", u"organization", u"주요 7개국", u"Group of Seven", nullptr, 2 },
    { u"OPENAI", u"company", u"오픈AI", u"OpenAI", u"USA", 6 },
    { u"GOOGLE", u"company", u"구글", u"Google", u"USA", 6 },
    { u"MICROSOFT", u"company", u"마이크로소프트", u"Microsoft", u"USA", 5 },
    { u"META", u"company", u"메타", u"Meta", u"USA", 3 },
    { u"NVIDIA", u"company", u"엔비디아", u"NVIDIA", u"USA", 2 },
    { u"NAVER", u"company", u"네이버", u"NAVER", u"KOR", 3 },
    { u"KAKAO", u"company", u"카카오", u"Kakao", u"KOR", 2 },
    { u"SAMSUNG_ELECTRONICS", u"company", u"삼성전자", u"Samsung Electronics", u"KOR", 2 },
    { u"BAIDU", u"company", u"바이두", u"Baidu", u"CHN", 2 },
    { u"ETRI", u"institute", u"한국전자통신연구원", u"ETRI", u"KOR", 1 },
};

struct Topic
{
    const char16_t *ko, *en, *tag;
};
const Topic kTopics[] = {
    { u"생성 AI", u"generative AI", u"generative-ai" },
    { u"AI 안전", u"AI safety", u"safety" },
    { u"저작권", u"copyright", u"copyright" },
    { u"반도체", u"semiconductors", u"semiconductors" },
    { u"개인정보 보호", u"privacy protection", u"privacy" },
    { u"초거대 언어모델", u"large language models", u"large-language-models" },
    { u"디지털 인재 양성", u"digital talent", u"talent" },
    { u"AI 규제", u"AI regulation", u"regulation" },
    { u"데이터 개방", u"open data", u"open-data" },
    { u"클라우드 컴퓨팅", u"cloud computing", u"cloud" },
    { u"자율주행", u"autonomous driving", u"autonomous-vehicles" },
    { u"의료 AI", u"AI in health care", u"health" },
};

struct Action
{
    const char16_t *category, *type, *ko, *en;
};
const Action kActions[] = {
    { u"policy", u"strategy", u"%1, %2 국가 전략 발표", u"%1 announces a national strategy on %2" },
    { u"policy", u"law", u"%1, %2 관련 법 제정", u"%1 enacts a law on %2" },
    { u"policy", u"guideline", u"%1, %2 가이드라인 공개", u"%1 publishes guidelines on %2" },
    { u"policy", u"regulation", u"%1, %2 규제 시행", u"%1 puts rules on %2 into force" },
    { u"industry", u"launch", u"%1, %2 신규 서비스 출시", u"%1 launches a new service for %2" },
    { u"industry", u"investment", u"%1, %2 분야에 대규모 투자", u"%1 makes a major investment in %2" },
    { u"industry", u"partnership", u"%1, %2 협력 체결", u"%1 signs a partnership on %2" },
    { u"research", u"report", u"%1, %2 연구 보고서 발간", u"%1 publishes a research report on %2" },
    { u"research", u"study", u"%1, %2 영향 분석 연구", u"%1 studies the impact of %2" },
    { u"research", u"standard", u"%1, %2 표준 제정", u"%1 adopts a standard for %2" },
    { u"workforce", u"program", u"%1, %2 교육 프로그램 운영", u"%1 runs a training programme on %2" },
    { u"workforce", u"funding", u"%1, %2 인재 양성 예산 지원", u"%1 funds skills in %2" },
};

// A generator per item index, so item(i) needs no state from item(i-1).
QRandomGenerator generatorFor(quint32 seed, qint64 index)
{
    return QRandomGenerator(quint32(seed * 2654435761u) ^ quint32(index * 40503u + 0x9e3779b9u));
}

int weightedActor(QRandomGenerator &rng)
{
    int total = 0;
    for (const ActorSeed &a : kActors)
        total += a.weight;
    int pick = rng.bounded(total);
    for (int i = 0; i < int(std::size(kActors)); ++i) {
        pick -= kActors[i].weight;
        if (pick < 0)
            return i;
    }
    return 0;
}
} // namespace

SyntheticDataset::SyntheticDataset(quint32 seed)
    : m_seed(seed)
{
}

QJsonObject SyntheticDataset::header(qint64 count) const
{
    return { { QStringLiteral("id"), QStringLiteral("synthetic-%1").arg(count) },
             { QStringLiteral("version"), QStringLiteral("1") },
             { QStringLiteral("published"), QStringLiteral("2023-12") },
             { QStringLiteral("title_ko"), QStringLiteral("합성 데이터셋 (항목 %1개)").arg(count) },
             { QStringLiteral("title_en"), QStringLiteral("Synthetic dataset (%1 items)").arg(count) },
             { QStringLiteral("publisher_ko"), QStringLiteral("AI 정책 아틀라스 시험용") },
             { QStringLiteral("publisher_en"), QStringLiteral("AI Policy Atlas test data") } };
}

QList<QJsonObject> SyntheticDataset::actors() const
{
    QList<QJsonObject> out;
    for (const ActorSeed &a : kActors) {
        QJsonObject o { { QStringLiteral("id"), QString::fromUtf16(a.id) },
                        { QStringLiteral("kind"), QString::fromUtf16(a.kind) },
                        { QStringLiteral("name_ko"), QString::fromUtf16(a.ko) },
                        { QStringLiteral("name_en"), QString::fromUtf16(a.en) } };
        if (a.country)
            o.insert(QStringLiteral("country"), QString::fromUtf16(a.country));
        out << o;
    }
    return out;
}

QJsonObject SyntheticDataset::item(qint64 index) const
{
    ItemJson::Columns c;
    QJsonArray sources;
    item(index, &c, &sources);
    QJsonObject o = ItemJson::fromColumns(c);
    if (!c.highlight)
        o.insert(QStringLiteral("highlight"), false);
    o.insert(QStringLiteral("sources"), sources);
    return o;
}

void SyntheticDataset::item(qint64 index, ItemJson::Columns *out, QJsonArray *sources) const
{
    QRandomGenerator rng = generatorFor(m_seed, index);
    // Dates: 2016–2024, most in 2023 as in the report.
    const int year = rng.bounded(100) < 55 ? 2023 : 2016 + rng.bounded(9);
    const int month = 1 + rng.bounded(12);
    const int day = 1 + rng.bounded(QDate(year, month, 1).daysInMonth());
    const int precisionRoll = rng.bounded(100);
    const QString date = precisionRoll < 70 ? QDate(year, month, day).toString(Qt::ISODate)
        : precisionRoll < 92                ? QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'))
                                            : QString::number(year);
    const ActorSeed &actor = kActors[weightedActor(rng)];
    const Topic &topic = kTopics[rng.bounded(int(std::size(kTopics)))];
    const Action &action = kActions[rng.bounded(int(std::size(kActions)))];
    const QString nameKo = QString::fromUtf16(actor.ko), nameEn = QString::fromUtf16(actor.en);
    const QString topicKo = QString::fromUtf16(topic.ko), topicEn = QString::fromUtf16(topic.en);
    QString actorIds = QString::fromUtf16(actor.id);
    if (rng.bounded(100) < 15) {
        const ActorSeed &other = kActors[weightedActor(rng)];
        if (&other != &actor)
            actorIds += u',' + QString::fromUtf16(other.id);
    }
    ItemJson::Columns &c = *out;
    c = {};
    const FuzzyDate fuzzy = FuzzyDate::parse(date);
    c.id = QStringLiteral("synthetic-%1").arg(index);
    c.date = date;
    c.dateFirst = fuzzy.firstDay();
    c.dateLast = fuzzy.lastDay();
    c.precision = int(fuzzy.precision());
    c.actorIds = actorIds;
    c.category = QString::fromUtf16(action.category);
    c.type = QString::fromUtf16(action.type);
    c.titleKo = QString::fromUtf16(action.ko).arg(nameKo, topicKo);
    c.titleEn = QString::fromUtf16(action.en).arg(nameEn, topicEn);
    c.summaryKo
        = QStringLiteral("%1은(는) %2 분야의 경쟁력을 높이기 위해 새로운 조치를 발표했다. 이번 조치는 관계 기관과 기업의 "
                         "의견을 수렴해 마련되었으며, 향후 %3년까지 단계적으로 추진될 예정이다. 전문가들은 %2에 대한 "
                         "규제와 투자가 함께 이루어져야 한다고 평가했다.")
              .arg(nameKo, topicKo)
              .arg(year + 2);
    c.summaryEn
        = QStringLiteral("%1 announced new measures to strengthen its position in %2. The measures were drawn up after "
                         "consulting agencies and companies, and will be rolled out in stages until %3. Experts said "
                         "regulation of and investment in %2 should go hand in hand.")
              .arg(nameEn, topicEn)
              .arg(year + 2);
    c.tags = QString::fromUtf16(topic.tag);
    c.highlight = rng.bounded(100) < 5;
    *sources = QJsonArray { QJsonObject { { QStringLiteral("citation"), QStringLiteral("Synthetic source %1").arg(index) } } };
}

QList<QJsonObject> SyntheticDataset::series() const
{
    QList<QJsonObject> out;
    const char16_t *publishers[] = { u"Statista", u"IDC", u"MarketsandMarkets" };
    for (int p = 0; p < 3; ++p) {
        QJsonArray points;
        double value = 100.0 + 40 * p;
        for (int year = 2021; year <= 2030; ++year) {
            points.append(QJsonObject { { QStringLiteral("period"), QString::number(year) },
                                        { QStringLiteral("value"), qRound(value * 10) / 10.0 },
                                        { QStringLiteral("basis"), QStringLiteral("reported") },
                                        { QStringLiteral("forecast"), year > 2023 },
                                        { QStringLiteral("text_ko"), QStringLiteral("%1억 달러").arg(qRound(value * 10)) } });
            value *= 1.3 + 0.05 * p;
        }
        out << QJsonObject { { QStringLiteral("id"), QStringLiteral("synthetic-market-%1").arg(p) },
                             { QStringLiteral("publisher"), QString::fromUtf16(publishers[p]) },
                             { QStringLiteral("title_ko"), QStringLiteral("세계 AI 시장 (합성)") },
                             { QStringLiteral("title_en"), QStringLiteral("World AI market (synthetic)") },
                             { QStringLiteral("scope"), QStringLiteral("WORLD") },
                             { QStringLiteral("currency"), QStringLiteral("USD") },
                             { QStringLiteral("scale"), 1e9 },
                             { QStringLiteral("points"), points } };
    }
    return out;
}

QList<QJsonObject> SyntheticDataset::figures() const
{
    QList<QJsonObject> out;
    int rank = 1;
    for (const ActorSeed &a : kActors) {
        if (QStringView(a.kind) != u"country")
            continue;
        out << QJsonObject { { QStringLiteral("id"), QStringLiteral("synthetic-rank-%1").arg(QString::fromUtf16(a.id)) },
                             { QStringLiteral("actor"), QString::fromUtf16(a.id) },
                             { QStringLiteral("period"), QStringLiteral("2023") },
                             { QStringLiteral("metric_ko"), QStringLiteral("합성 AI 지수 순위") },
                             { QStringLiteral("metric_en"), QStringLiteral("Synthetic AI index rank") },
                             { QStringLiteral("value"), rank },
                             { QStringLiteral("unit"), QStringLiteral("rank") },
                             { QStringLiteral("group"), QStringLiteral("synthetic-index") },
                             { QStringLiteral("text_ko"), QStringLiteral("%1위").arg(rank) } };
        ++rank;
    }
    return out;
}

bool SyntheticDataset::write(qint64 count, const QString &path)
{
    m_error.clear();
    return path.endsWith(u".json", Qt::CaseInsensitive) ? writeJson(count, path) : writeSqlite(count, path);
}

bool SyntheticDataset::writeSqlite(qint64 count, const QString &path)
{
    DatasetBuilder builder;
    bool ok = builder.begin(path) && builder.addHeader(header(count));
    for (const QJsonObject &a : actors())
        ok = ok && builder.addActor(a);
    // Straight into the builder's prepared statements: no JSON per item except its sources.
    ItemJson::Columns columns;
    QJsonArray sources;
    const QString highlightKey = QStringLiteral("highlight"), sourcesKey = QStringLiteral("sources");
    for (qint64 i = 0; ok && i < count; ++i) {
        item(i, &columns, &sources);
        // item.json keeps what has no column: the sources, and an explicit "highlight": false.
        QJsonObject rest { { sourcesKey, sources } };
        if (!columns.highlight)
            rest.insert(highlightKey, false);
        ok = builder.addItem(columns, rest, sources);
    }
    for (const QJsonObject &s : series())
        ok = ok && builder.addSeries(s);
    for (const QJsonObject &f : figures())
        ok = ok && builder.addFigure(f);
    ok = ok && builder.finish();
    if (!ok) {
        m_error = builder.errorString();
        builder.abort();
    }
    return ok;
}

bool SyntheticDataset::writeJson(qint64 count, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const auto compact = [](const QJsonObject &o) -> QByteArray { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    const auto list = [&](const QList<QJsonObject> &records) -> QByteArray {
        QByteArray out("[");
        for (int i = 0; i < records.size(); ++i)
            out += (i ? ",\n" : "\n") + compact(records.at(i));
        return out + "\n]";
    };
    file.write("{\"format\": \"ai-policy-atlas/1\",\n\"dataset\": " + compact(header(count)) + ",\n\"actors\": "
               + list(actors()) + ",\n\"items\": [");
    for (qint64 i = 0; i < count; ++i)
        file.write((i ? ",\n" : "\n") + compact(item(i)));
    file.write("\n],\n\"series\": " + list(series()) + ",\n\"figures\": " + list(figures()) + "\n}\n");
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Atlas
