#include "chartsources.h"

#include "actordirectory.h"
#include "formatter.h"
#include "records.h"
#include "seriesmodel.h"

#include <QUrl>

#include <cmath>

namespace Atlas {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString citationsHtml(const QList<SourceRef> &sources)
{
    QString html;
    for (const SourceRef &s : sources) {
        QString line = esc(s.citation);
        if (s.footnote > 0)
            line = ChartSources::tr("%1 (footnote %2)").arg(line).arg(s.footnote);
        if (!s.url.isEmpty())
            line += QStringLiteral("<br><a href=\"%1\">%2</a>").arg(esc(s.url), esc(s.url));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    return html.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(html);
}

QString reportHtml(const ReportRef &r, Language language)
{
    const QString section = pickText(language, r.sectionKo, r.sectionEn);
    if (section.isEmpty() && r.line <= 0)
        return {};
    if (r.line <= 0)
        return esc(section);
    return ChartSources::tr("%1, report line %2").arg(esc(section)).arg(r.line);
}

QString datasetName(const DatasetInfo &d, Language language)
{
    const QString title = pickText(language, d.titleKo, d.titleEn);
    const QString publisher = pickText(language, d.publisherKo, d.publisherEn);
    if (title.isEmpty())
        return publisher;
    return publisher.isEmpty() ? title : QStringLiteral("%1, %2").arg(publisher, title);
}

} // namespace

QString ChartSources::derivationSummary(const SeriesRecord &s, Language language)
{
    QStringList reported, derived;
    for (const SeriesPoint &p : s.points)
        (p.derived ? derived : reported) << Formatter::period(p.period, language);
    QString text;
    if (!reported.isEmpty())
        text += tr("Reported by the report: %1.").arg(reported.join(QStringLiteral(", ")));
    if (derived.isEmpty())
        return text;
    text += u' ' + tr("Derived (computed, not stated): %1.").arg(derived.join(QStringLiteral(", ")));
    if (s.cagr.isValid()) {
        // Check the derived points against the stated rate: the rate that joins the reported ends.
        const SeriesPoint *first = nullptr;
        const SeriesPoint *last = nullptr;
        for (const SeriesPoint &p : s.points) {
            if (p.derived)
                continue;
            if (!first)
                first = &p;
            last = &p;
        }
        text += u' '
            + tr("They follow the compound annual growth rate (CAGR) of %1 the report states for %2–%3.")
                  .arg(Formatter::growthRate(s.cagr.value, language), s.cagr.from, s.cagr.to);
        if (first && last && first != last) {
            const double years = SeriesModel::periodToX(last->period) - SeriesModel::periodToX(first->period);
            const double implied = SeriesModel::impliedCagr(first->value, last->value, years);
            if (!std::isnan(implied)) {
                text += u' '
                    + tr("The rate implied by the reported %1 and %2 values is %3.")
                          .arg(Formatter::period(first->period, language), Formatter::period(last->period, language),
                               Formatter::growthRate(implied, language));
            }
        }
    } else {
        text += u' ' + tr("The notes below say how.");
    }
    return text;
}

QString ChartSources::seriesHtml(const QList<SeriesRecord> &series, const DatasetInfo &dataset, Language language)
{
    QString html;
    for (const SeriesRecord &s : series) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(esc(s.title(language)));
        const auto row = [&html](const QString &label, const QString &value) {
            if (!value.isEmpty())
                html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
        };
        row(tr("Publisher"), esc(s.publisher));
        row(tr("Published"), s.published.isEmpty() ? tr("not stated in the report") : esc(Formatter::period(s.published, language)));
        row(tr("Unit"), esc(s.isMoney() ? Formatter::currencyName(s.currency, language) : Formatter::unitLabel(s.unit, QString(), language)));
        if (s.cagr.isValid()) {
            row(tr("CAGR"),
                tr("%1 (%2–%3, %4)")
                    .arg(Formatter::growthRate(s.cagr.value, language), s.cagr.from, s.cagr.to,
                         s.cagr.derived ? tr("derived") : tr("reported")));
        }
        row(tr("Reported and derived"), esc(derivationSummary(s, language)));
        row(tr("In the report"), reportHtml(s.report, language));
        row(tr("Original source"), citationsHtml(s.sources));
        row(tr("Notes"), esc(s.note(language)));
        html += QStringLiteral("</table>");
    }
    if (!dataset.id.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Compiled from: %1 (%2).").arg(esc(datasetName(dataset, language)), esc(dataset.published)));
    return html;
}

QString ChartSources::figuresHtml(const QList<FigureRecord> &figures, const ActorDirectory *actors, const DatasetInfo &dataset,
                                  Language language)
{
    QString html;
    for (const FigureRecord &f : figures) {
        const double scale = f.scale > 0 ? f.scale : 1.0;
        const QString who = actors ? actors->name(f.actor, language) : f.actor;
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(esc(f.metric(language)));
        const auto row = [&html](const QString &label, const QString &value) {
            if (!value.isEmpty())
                html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
        };
        row(tr("Value"), esc(QStringLiteral("%1 · %2 · %3").arg(Formatter::value(f.value, f.unit, f.currency, scale, language), who,
                                                                 Formatter::period(f.period, language))));
        row(tr("As the report states it"), esc(f.textKo));
        row(tr("Record"), esc(pickText(language, f.itemTitleKo, f.itemTitleEn)));
        row(tr("In the report"), reportHtml(f.report, language));
        row(tr("Original source"), citationsHtml(f.sources));
        row(tr("Notes"), esc(f.note(language)));
        html += QStringLiteral("</table>");
    }
    if (!dataset.id.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Compiled from: %1 (%2).").arg(esc(datasetName(dataset, language)), esc(dataset.published)));
    return html;
}

QString ChartSources::sourceLine(const QStringList &publishers, const QList<int> &reportLines, const DatasetInfo &dataset,
                                 Language language)
{
    QStringList lines;
    for (int l : reportLines) {
        if (l > 0 && !lines.contains(QString::number(l)))
            lines << QString::number(l);
    }
    QString text = tr("Source: %1").arg(publishers.join(QStringLiteral("; ")));
    const QString name = datasetName(dataset, language);
    if (!name.isEmpty()) {
        text += u" · "
            + (lines.isEmpty() ? tr("compiled by %1").arg(name)
                               : tr("compiled by %1 (report lines %2)").arg(name, lines.join(QStringLiteral(", "))));
    }
    return text;
}

} // namespace Atlas
