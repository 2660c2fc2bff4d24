// Exports Error and Result<T>: the one error convention of the library.
//
// Every operation that can fail on bad input returns a Result, which is
// falsy on failure and then carries an Error: a stable code, a sentence,
// the offending fragment of input and where it is. No exception crosses
// the library boundary and the library never prints.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "base/source_location.h"

namespace xloc {

struct Error {
  std::string code;      // stable, lower-case, hyphenated: "unterminated-string"
  std::string message;   // one sentence, no trailing period: "unterminated string"
  std::string fragment;  // the offending input, may be empty
  SourceLocation where;

  // gcc style: "file:line:col: error: message" (+ "near 'fragment'").
  std::string to_string() const;

  friend bool operator==(const Error&, const Error&) = default;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(state_); }
  const T& value() const& { assert(ok()); return std::get<0>(state_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Result<void>: success carries nothing.
struct Ok {};
using Status = Result<Ok>;
inline Status ok_status() { return Ok{}; }

}  // namespace xloc
