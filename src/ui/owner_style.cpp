// Owner colours, patterns and labels (see owner_style.h).
#include "owner_style.h"
#include "i18n.h"
#include "theme.h"

namespace srm::ui {

OwnerStyle StyleOf(Owner owner) {
    const Palette& p = Colors();
    switch (owner) {
    case Owner::customer: return {p.customer, p.customer_text};
    case Owner::provider: return {p.provider, p.provider_text};
    case Owner::shared: return {p.shared, p.shared_text};
    case Owner::party: return {p.party, p.party_text};
    case Owner::not_applicable: return {p.not_applicable, p.text_muted};
    }
    return {p.surface, p.text};
}

void DrawOwnerPattern(ImDrawList* dl, ImVec2 a, ImVec2 b, Owner owner, ImU32 ink, float scale) {
    ImU32 faint = (ink & 0x00FFFFFF) | (40u << 24);
    dl->PushClipRect(a, b, true);
    float h = b.y - a.y;
    if (owner == Owner::provider || owner == Owner::party) {
        float step = 10 * scale;
        for (float x = a.x - h; x < b.x; x += step) {
            dl->AddLine(ImVec2(x, b.y), ImVec2(x + h, a.y), faint, 1.5f * scale);
            if (owner == Owner::party) dl->AddLine(ImVec2(x, a.y), ImVec2(x + h, b.y), faint, 1.5f * scale);
        }
    } else if (owner == Owner::shared) {
        float step = 9 * scale;
        for (float y = a.y + step * 0.5f; y < b.y; y += step)
            for (float x = a.x + step * 0.5f; x < b.x; x += step)
                dl->AddCircleFilled(ImVec2(x, y), 1.6f * scale, faint);
    }
    dl->PopClipRect();
}

const char* OwnerName(Owner owner) {
    switch (owner) {
    case Owner::customer: return T("Customer");
    case Owner::provider: return T("Provider");
    case Owner::shared: return T("Shared");
    case Owner::not_applicable: return T("Not applicable");
    case Owner::party: return T("Another party");
    }
    return "";
}

std::string ShortOwnerLabel(const ResponsibilityModel& model, const Ownership& o) {
    switch (o.owner) {
    case Owner::customer: return T("You");
    case Owner::provider: return model.provider;
    case Owner::shared: return T("Shared");
    case Owner::not_applicable: return T("n/a");
    case Owner::party: return model.owner_label(o);
    }
    return "";
}

} // namespace srm::ui
