#include "figuretext.h"

#include <QCoreApplication>

#include <cmath>

namespace Atlas {

namespace {
QString tr(const char *source)
{
    return QCoreApplication::translate("Atlas::FigureText", source);
}

QString money(double amount, const QString &currency, Language language)
{
    const QLocale locale = localeFor(language);
    if (language == Language::Korean) {
        // 조 = 10^12, 억 = 10^8, 만 = 10^4: the units a Korean reader counts money in.
        struct Unit
        {
            double size;
            const char *name;
        };
        for (const Unit u : { Unit { 1e12, "조" }, Unit { 1e8, "억" }, Unit { 1e4, "만" } }) {
            if (std::abs(amount) >= u.size)
                return QStringLiteral("%1%2 %3")
                    .arg(locale.toString(amount / u.size, 'g', 4), QString::fromUtf8(u.name), currency);
        }
        return QStringLiteral("%1 %2").arg(locale.toString(amount, 'g', 6), currency);
    }
    struct Unit
    {
        double size;
        const char *name;
    };
    for (const Unit u : { Unit { 1e12, "trillion" }, Unit { 1e9, "billion" }, Unit { 1e6, "million" } }) {
        if (std::abs(amount) >= u.size)
            return QStringLiteral("%1 %2 %3")
                .arg(currency, locale.toString(amount / u.size, 'g', 3), QString::fromLatin1(u.name));
    }
    return QStringLiteral("%1 %2").arg(currency, locale.toString(amount, 'g', 6));
}
} // namespace

QString figureValueText(const CountryStatsRepository::Figure &figure, Language language)
{
    if (language == Language::Korean && !figure.textKo.isEmpty())
        return figure.textKo;
    const QLocale locale = localeFor(language);
    const QString number = locale.toString(figure.value, 'g', 6);
    if (!figure.currency.isEmpty())
        return money(figure.value * figure.scale, figure.currency, language);
    if (figure.unit == u"rank")
        return tr("No. %1").arg(number);
    if (figure.unit == u"percent")
        return tr("%1%").arg(number);
    return number;
}

} // namespace Atlas
