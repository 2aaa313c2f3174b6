#include "ui/editor/editor_state.h"

namespace statecraft {

std::string focus_key(const FieldLocation& at) {
    std::string key = at.section;
    if (at.index >= 0) key += "/" + std::to_string(at.index);
    if (!at.field.empty()) key += "/" + at.field;
    if (at.item >= 0) key += "/" + std::to_string(at.item);
    if (!at.item_field.empty()) key += "/" + at.item_field;
    return key;
}

}  // namespace statecraft
