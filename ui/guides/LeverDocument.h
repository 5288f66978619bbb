#pragma once

#include <QPalette>

struct Guide;
class QTextDocument;

// Writes a guide's levers as titled cards and its "negotiate up" script as a quote. Everything goes in as
// plain text through QTextCursor, so nothing in a guide is read as markup here.
namespace LeverDocument {
void fill(QTextDocument *document, const Guide &guide, const QPalette &palette);
} // namespace LeverDocument
