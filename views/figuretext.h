#pragma once

#include "countrystatsrepository.h"
#include "language.h"

namespace Atlas {

// A figure's value as a reader says it: the report's own Korean wording where there is one,
// else the number with its unit ("No. 6" / "6위", "12.5%", "USD 1.2 billion").
QString figureValueText(const CountryStatsRepository::Figure &figure, Language language);

} // namespace Atlas
