// Tests of the "same-as-source" check (src/check/check_same_as_source.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckSameAsSource, Table) {
  expect_table("same-as-source", {
      {"de", {"Open the file", "Öffnen Sie die Datei"}, {}},
      {"de", {"GNOME Shell", "GNOME Shell"}, {}},
      {"de", {"gsettings set org.gnome.desktop", "gsettings set org.gnome.desktop"}, {}},
      {"de", {"<file>/etc/fstab</file>", "<file>/etc/fstab</file>"}, {}},
      {"en_GB", {"Open the file", "Open the file"}, {}},
      {"de", {"Open the file", "Open the file"}, {"the translation is identical to the source 'Open the file'"}},
  });
}

}  // namespace
}  // namespace xloc::test
