#pragma once

#include <QLocale>
#include <QString>

namespace Atlas {

// The two languages every label and every record exists in.
enum class Language { Korean, English };

QString languageCode(Language language); // "ko" / "en"
Language languageFromCode(const QString &code, Language fallback = Language::English);
Language systemLanguage();
QLocale localeFor(Language language);

// Picks the text in `language`; if it is empty, falls back to the other language and sets *fellBack.
QString pickText(Language language, const QString &ko, const QString &en, bool *fellBack = nullptr);

} // namespace Atlas
