// Tests of the "end-punctuation" check (src/check/check_end_punctuation.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckEndPunctuation, Table) {
  expect_table("end-punctuation", {
      {"de", {"Save the file.", "Speichern Sie die Datei."}, {}},
      {"ja", {"Save the file.", "ファイルを保存します。"}, {}},
      {"ja", {"Save?", "保存しますか？"}, {}},
      {"ar", {"Save?", "هل تريد الحفظ؟"}, {}},
      {"el", {"Save?", "Αποθήκευση;"}, {}},
      {"fr", {"Name:", "Nom\u00A0:"}, {}},
      {"fr", {"Really?", "Vraiment ?"}, {}},
      {"hi", {"Save the file.", "फ़ाइल सहेजें।"}, {}},
      {"fr", {"Click \"Save\".", "Cliquez sur « Enregistrer »."}, {}},
      {"de", {"Loading...", "Laden …"}, {}},
      {"th", {"Save the file.", "บันทึกแฟ้ม"}, {}},
      {"de", {"<p>Save the file.</p>", "<p>Speichern Sie die Datei.</p>"}, {}},
      {"de", {"Save the file.", "Speichern Sie die Datei"}, {"the source ends with a full stop but the translation with no punctuation"}},
      {"de", {"Save?", "Speichern."}, {"the source ends with a question mark but the translation with a full stop"}},
      {"de", {"Save", "Speichern:"}, {"the source ends with no punctuation but the translation with a colon"}},
  });
}

}  // namespace
}  // namespace xloc::test
