#include "language.h"

namespace Atlas {

QString languageCode(Language language)
{
    return language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

Language languageFromCode(const QString &code, Language fallback)
{
    const QString c = code.trimmed().toLower();
    if (c.startsWith(u"ko"))
        return Language::Korean;
    if (c.startsWith(u"en"))
        return Language::English;
    return fallback;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? Language::Korean : Language::English;
}

QLocale localeFor(Language language)
{
    return language == Language::Korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString pickText(Language language, const QString &ko, const QString &en, bool *fellBack)
{
    const QString &wanted = language == Language::Korean ? ko : en;
    const QString &other = language == Language::Korean ? en : ko;
    const bool useOther = wanted.trimmed().isEmpty() && !other.trimmed().isEmpty();
    if (fellBack)
        *fellBack = useOther;
    return useOther ? other : wanted;
}

} // namespace Atlas
