// perfpa — Opzionale<T>: a member of the model that a document may leave out.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_OPZIONALE_HPP
#define PERFPA_OPZIONALE_HPP

#include <optional>
#include <type_traits>
#include <utility>

namespace perfpa {

template <class T>
class Opzionale;

namespace detail {
/** What an Opzionale<T> takes as its value: what converts to T, but not an Opzionale, std::nullopt or a std::optional<T>. */
template <class U, class T>
concept valore_di_opzionale =
    !std::is_same_v<std::remove_cvref_t<U>, Opzionale<T>> && !std::is_same_v<std::remove_cvref_t<U>, std::nullopt_t> &&
    !std::is_same_v<std::remove_cvref_t<U>, std::optional<T>> && std::is_convertible_v<U&&, T>;
} // namespace detail

/**
 * A value that may be absent: what the model uses for every key a document
 * may omit (absent and present are different documents, and a round trip
 * keeps the difference).
 *
 * It reads and writes like `std::optional<T>` — `if (o.note)`, `*o.note`,
 * `o.note->size()`, `o.note.value_or("")`, `o.note = "testo"`,
 * `o.note = std::nullopt`, `o.note == std::nullopt`, `has_value()`,
 * `value()` (throws `std::bad_optional_access`), `emplace`, `reset` — and
 * converts both ways with `std::optional<T>`, so code written for
 * `std::optional` keeps compiling. Why a type of its own: g++ 12 spends
 * about 13 M instructions on each distinct `std::optional<T>` (its bases and
 * constrained members, declared for each T), and the model has more than
 * sixty of them; this class costs under 1 M each (docs/performance.md,
 * "Compile time").
 *
 * The differences from `std::optional`, each deliberate:
 * - T must be default-constructible (every type of the model is); an absent
 *   Opzionale holds a `T{}`, so `*o` on an absent value reads `T{}` instead
 *   of being undefined behaviour. `reset()` puts `T{}` back.
 * - It is compared with `==` only (with another Opzionale<T>, a
 *   std::optional<T>, a T, or `std::nullopt`); the model never orders
 *   optional values.
 * - As with any optional-like type that tests as a bool: direct-initialising
 *   a `std::optional<bool>` from an `Opzionale<bool>`, `std::optional<bool>
 *   x(o)`, takes std::optional's constructor from a bool and holds whether
 *   `o` is present. Write `std::optional<bool> x = o;`.
 * - A function taking a `const std::optional<T>&` is given a temporary copy:
 *   a pointer or reference into it dangles once the call ends. A function
 *   that returns one should take the `const Opzionale<T>&` itself.
 */
template <class T>
class Opzionale {
public:
    using value_type = T;

    constexpr Opzionale() = default;
    constexpr Opzionale(std::nullopt_t) noexcept {}

    /** Present, holding a T made from `v` (`o.note = "testo"`). */
    template <class U = T>
        requires detail::valore_di_opzionale<U, T>
    constexpr Opzionale(U&& v) : valore_(std::forward<U>(v)), presente_(true) {}

    // The conversions from and to std::optional<T> are templates only so that
    // std::optional<T> is instantiated where they are used, not wherever an
    // Opzionale<T> is built or converted (that would cost what this class saves).

    /** The same state as `o` (a `std::optional<T>`). */
    template <class O>
        requires std::is_same_v<O, std::optional<T>>
    constexpr Opzionale(const O& o) : presente_(o.has_value()) {
        if (o) valore_ = *o;
    }

    /** The same state, as a `std::optional<T>`. */
    template <class O>
        requires std::is_same_v<O, std::optional<T>>
    constexpr operator O() const {
        return presente_ ? O(valore_) : O();
    }

    constexpr Opzionale& operator=(std::nullopt_t) noexcept {
        reset();
        return *this;
    }
    /** Present, holding `v` (a T, or a braced list of T's elements: `o.lista = {a, b}`). */
    template <class U = T>
        requires detail::valore_di_opzionale<U, T>
    constexpr Opzionale& operator=(U&& v) {
        valore_ = std::forward<U>(v);
        presente_ = true;
        return *this;
    }

    [[nodiscard]] constexpr bool has_value() const noexcept { return presente_; }
    constexpr explicit operator bool() const noexcept { return presente_; }

    // What these read when the value is absent: T{} (see above).
    constexpr T& operator*() & noexcept { return valore_; }
    constexpr const T& operator*() const& noexcept { return valore_; }
    constexpr T&& operator*() && noexcept { return std::move(valore_); }
    constexpr T* operator->() noexcept { return &valore_; }
    constexpr const T* operator->() const noexcept { return &valore_; }

    /** The value; `std::bad_optional_access` when absent. */
    constexpr T& value() & {
        if (!presente_) throw std::bad_optional_access();
        return valore_;
    }
    constexpr const T& value() const& {
        if (!presente_) throw std::bad_optional_access();
        return valore_;
    }

    /** The value, or `altro` converted to T when absent. */
    template <class U>
    constexpr T value_or(U&& altro) const& {
        return presente_ ? valore_ : static_cast<T>(std::forward<U>(altro));
    }

    /** Absent again, holding T{}. */
    constexpr void reset() noexcept(std::is_nothrow_move_assignable_v<T> && std::is_nothrow_default_constructible_v<T>) {
        valore_ = T();
        presente_ = false;
    }

    /** Present, holding T(args...). */
    template <class... A>
    constexpr T& emplace(A&&... args) {
        valore_ = T(std::forward<A>(args)...);
        presente_ = true;
        return valore_;
    }

    /**
     * Both absent, or both present with equal values. A template only so that
     * a T or a text compares through the overload with a T below, not by
     * becoming an Opzionale first (which would make `o == "testo"` ambiguous).
     */
    template <class O>
        requires std::is_same_v<O, Opzionale>
    [[nodiscard]] friend constexpr bool operator==(const Opzionale& a, const O& b) {
        return a.presente_ == b.presente_ && (!a.presente_ || a.valore_ == b.valore_);
    }
    /**
     * The same with a std::optional<T>, on either side: a plain function, so
     * that it is chosen over std::optional's own `==` with a value, which
     * would call two absent values different.
     */
    [[nodiscard]] friend constexpr bool operator==(const Opzionale& a, const std::optional<T>& b) {
        return a.presente_ == b.has_value() && (!a.presente_ || a.valore_ == *b);
    }
    [[nodiscard]] friend constexpr bool operator==(const Opzionale& a, std::nullopt_t) noexcept { return !a.presente_; }
    /** Present and equal to `b`: a T, or what converts to one (`o.note == "testo"`). */
    template <class U>
        requires(!std::is_same_v<U, Opzionale> && !std::is_same_v<U, std::optional<T>> &&
                 !std::is_same_v<U, std::nullopt_t> && std::is_convertible_v<const U&, T>)
    [[nodiscard]] friend constexpr bool operator==(const Opzionale& a, const U& b) {
        return a.presente_ && a.valore_ == b;
    }

private:
    T valore_{};
    bool presente_ = false;
};

} // namespace perfpa

#endif
