// How an owner looks: fill and ink colours, a pattern (hatched for the provider, dotted for
// shared, crossed for a third party) and short and long labels, so colour is never the only cue.
#pragma once
#include "model.h"
#include "imgui.h"
#include <string>

namespace srm::ui {

struct OwnerStyle {
    ImU32 fill;
    ImU32 ink;
};

OwnerStyle StyleOf(Owner owner);
void DrawOwnerPattern(ImDrawList* dl, ImVec2 a, ImVec2 b, Owner owner, ImU32 ink, float scale);
// "Customer", "Provider", "Shared", "Not applicable" or "Another party", in the interface's language.
const char* OwnerName(Owner owner);
// "You", "AWS", "Shared", "n/a" or the third party's label: for tight spaces such as the matrix.
std::string ShortOwnerLabel(const ResponsibilityModel& model, const Ownership& ownership);

} // namespace srm::ui
