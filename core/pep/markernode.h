#pragma once

// Internal to core/pep: the parsed tree of a Marker, for the marker algebra (markerset.cpp).

#include "marker.h"

namespace Envdesk::Core {

// The parsed expression, shaped like packaging's marker lists: items (lhs op rhs), the words
// "and" / "or", and nested lists for parentheses.
struct Marker::Node
{
    struct Operand
    {
        bool isVariable = false;
        std::string text; ///< canonical variable name, or the string value
    };
    struct Item
    {
        Operand lhs;
        std::string op;
        Operand rhs;
    };
    struct Element
    {
        enum class Kind { Item, And, Or, Group } kind = Kind::Item;
        Item item;
        std::shared_ptr<const Node> group;
    };
    std::vector<Element> elements;
};

/** One comparison evaluated as packaging does (see Marker::evaluate). */
Expected<bool> evaluateMarkerItem(const Marker::Node::Item &item, const MarkerEnvironment &env,
                                  std::string_view extra);

} // namespace Envdesk::Core
