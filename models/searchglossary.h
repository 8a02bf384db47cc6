#pragma once

#include <QString>
#include <QStringList>

namespace Atlas {

// Korean names of the dataset's English tags. Tags are kebab-case English keywords, so a Korean
// query would miss an item whose Korean text words a topic differently ("저작권" for an item
// tagged `copyright` whose summary speaks of "작가의 권리"). The search expands a Korean term
// to the tags whose Korean name contains it, and the detail pane shows tags in Korean.
class SearchGlossary
{
public:
    // Tags whose Korean name contains `term` (two characters or more), e.g. "저작" → copyright.
    static QStringList tagsForTerm(const QString &term);
    // The Korean name of a tag, or an empty string when the glossary has none.
    static QString koreanName(const QString &tag);
};

} // namespace Atlas
