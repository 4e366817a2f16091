#pragma once
// Marks English text that the front ends show in the user's language (the Train view's labels and
// help, for instance). The engine keeps using the English text; lupdate, run with
// -tr-function-alias QT_TRANSLATE_NOOP+=TL_TR (packaging/update-translations.sh), collects it into
// the catalogue under its context, where the front end's QCoreApplication::translate(context, text)
// finds the translation. The engine stays free of Qt: this is only the text.
#define TL_TR(context, text) text
