// Exports word_diff_html(): what changed between two texts, word by word,
// as HTML with <del> for words removed and <ins> for words added (escaped).
// The review page shows it for a fuzzy message: the previous msgid
// ("#| msgid") against the current one, i.e. what the translator still has
// to carry into the translation.
//
// Words are runs of non-space characters; the diff is a longest common
// subsequence over them (quadratic, fine for a unit's few hundred words;
// texts over kMaxWords words are shown as one replacement).
#pragma once

#include <string>
#include <string_view>

namespace xloc {

inline constexpr size_t kMaxDiffWords = 2000;

std::string word_diff_html(std::string_view before, std::string_view after);

}  // namespace xloc
