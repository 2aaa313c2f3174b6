// A mode's command inside an Intent, for tests that look at what a screen returned:
// holds_command<practice_cmd::Submit>(i), command_of<practice_cmd::Submit>(i).text.
#pragma once

#include <type_traits>
#include <variant>

#include "ui/intent.h"

namespace statecraft::testing {

template <class T, class Variant>
struct is_alternative_of : std::false_type {};
template <class T, class... Ts>
struct is_alternative_of<T, std::variant<Ts...>>
    : std::bool_constant<(std::is_same_v<T, Ts> || ...)> {};

// The command, or null when the intent is another mode's or another command.
template <class Command>
const Command* command_if(const Intent& intent) {
    const Command* found = nullptr;
    std::visit(
        [&](const auto& alternative) {
            if constexpr (requires { alternative.command; }) {
                using Commands = std::decay_t<decltype(alternative.command)>;
                if constexpr (is_alternative_of<Command, Commands>::value)
                    found = std::get_if<Command>(&alternative.command);
            }
        },
        intent);
    return found;
}

template <class Command>
bool holds_command(const Intent& intent) {
    return command_if<Command>(intent) != nullptr;
}

// As std::get: throws std::bad_variant_access when the intent holds something else.
template <class Command>
const Command& command_of(const Intent& intent) {
    if (const Command* command = command_if<Command>(intent)) return *command;
    throw std::bad_variant_access();
}

}  // namespace statecraft::testing
