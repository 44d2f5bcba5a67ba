// Pieces the answer drawers share (see answer_shared.h).
#include "answer_shared.h"
#include "owner_style.h"
#include "quiz_text.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>
#include <cmath>

namespace srm::ui {

const char* const kCheckMark = "\xE2\x9C\x93 ";
const char* const kCrossMark = "\xE2\x9C\x97 ";

static bool Contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// The position of the checked radio of a group, else 0: the group's one Tab stop.
static size_t TabStop(const std::vector<int>& order, const std::vector<int>& picked) {
    for (size_t pos = 0; pos < order.size(); ++pos)
        if (Contains(picked, order[pos])) return pos;
    return 0;
}

// An arrow on a group's radio checks its neighbour (wrapping round) and moves focus there.
static size_t Neighbour(size_t pos, int step, size_t count) {
    int n = int(count);
    return size_t((int(pos) + step + n) % n);
}

void DrawChoices(const AnswerView& a, Intents& out, bool select_many) {
    if (a.answered) ImGui::BeginDisabled();
    size_t stop = TabStop(a.order, a.response.values);
    for (size_t pos = 0; pos < a.order.size(); ++pos) {
        int index = a.order[pos];
        std::string label = ChoiceLabel(a.question, index);
        bool picked = Contains(a.response.values, index);
        if (a.answered) {
            bool keyed = Contains(a.question.key, index);
            if (keyed)
                label = kCheckMark +
                        (picked ? F("{1} (your answer, correct)", {label}) : F("{1} (correct answer)", {label}));
            else if (picked) label = kCrossMark + F("{1} (your answer, incorrect)", {label});
        }
        std::string id = a.prefix + ".choice." + std::to_string(pos);
        if (select_many) {
            bool value = picked;
            if (Checkbox(id, label, &value)) out.push_back(intent::AnswerPick(a.part, index));
        } else {
            RadioGroupPlace place;
            place.tab_stop = pos == stop;
            if (Radio(id, label, picked, &place)) out.push_back(intent::AnswerPick(a.part, index));
            if (place.step != 0 && !a.answered) {
                size_t next = Neighbour(pos, place.step, a.order.size());
                out.push_back(intent::AnswerPick(a.part, a.order[next]));
                RequestFocus(a.prefix + ".choice." + std::to_string(next));
            }
        }
    }
    if (a.answered) ImGui::EndDisabled();
}

void DrawChoiceFeedback(const Question& q, const Response& response, const std::string& prefix) {
    std::vector<std::string> lines = ChoiceFeedbackLines(q, response.values);
    for (size_t i = 0; i < lines.size(); ++i) Paragraph(prefix + ".choice." + std::to_string(i), lines[i]);
}

std::string ChoicesText(const Question& q, const Response& r) {
    std::string out;
    for (int v : r.values) out += (out.empty() ? "" : "; ") + ChoiceLabel(q, v);
    return out;
}

void PresentLine(const std::string& id, const std::string& text, bool revealed, bool right, const std::string& lead) {
    const Palette& p = Colors();
    std::string head = (revealed ? (right ? "\xE2\x9C\x93 " : "    ") : "") + lead;
    ImGui::PushStyleColor(ImGuiCol_Text, revealed ? (right ? p.success_text : p.text_muted) : p.text);
    if (!head.empty()) {
        ImGui::TextUnformatted(head.c_str());
        ImGui::SameLine(0, 0);
    }
    ImGui::TextWrapped("%s", text.c_str()); // from here, so wrapped lines hang under the text
    ImGui::PopStyleColor();
    RecordLastItem(id, "text", head + text);
}

void PresentChoices(const PresentedView& v, const char* hint) {
    static const char kLetters[] = "ABCDEFGHIJ";
    if (hint) Paragraph(v.prefix + ".hint", hint, Colors().text_muted);
    for (size_t pos = 0; pos < v.order.size(); ++pos) {
        int index = v.order[pos];
        PresentLine(v.prefix + ".choice." + std::to_string(pos), ChoiceLabel(v.question, index), v.revealed,
                    Contains(v.question.key, index), std::string(1, kLetters[pos % 10]) + ".  ");
    }
}

// One row's owner radios, a radio group: one Tab stop, the arrows step through the owners. In a
// grid each radio sits in its owner's column and shows only its mark; otherwise it is labelled.
static void DrawOwnerRadios(const AnswerView& a, const PlacementRows& rows, int index, int placed, Intents& out) {
    std::string base = a.prefix + rows.kind + std::to_string(index);
    int key = answer_owner_index(rows.keys[size_t(index)]);
    if (a.answered) ImGui::BeginDisabled();
    for (int k = 0; k < rows.owners; ++k) {
        std::string name = OwnerName(kAnswerOwners[k]);
        const char* mark = !a.answered ? "" : k == key ? kCheckMark : k == placed ? kCrossMark : "";
        if (rows.grid) ImGui::TableSetColumnIndex(k + 1);
        else SameLineIfRoom(name, true);
        RadioGroupPlace place;
        place.tab_stop = k == std::max(placed, 0);
        std::string id = base + ".owner." + std::to_string(k);
        std::string label = mark + name;
        if (Radio(id, rows.grid ? std::string(mark) : label, placed == k, &place, label))
            out.push_back(intent::AnswerPlace(a.part, index, k));
        if (place.step != 0 && !a.answered) {
            int next = (k + place.step + rows.owners) % rows.owners;
            out.push_back(intent::AnswerPlace(a.part, index, next));
            RequestFocus(base + ".owner." + std::to_string(next));
        }
        if (!a.answered && ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload("srm-item"))
                out.push_back(intent::AnswerPlace(a.part, *static_cast<const int*>(payload->Data), k));
            ImGui::EndDragDropTarget();
        }
    }
    if (a.answered) ImGui::EndDisabled();
}

// The width of the widest word of `text`, the narrowest its wrapped header can be.
static float WidestWord(const std::string& text) {
    float widest = 0;
    for (size_t start = 0; start <= text.size();) {
        size_t end = std::min(text.find(' ', start), text.size());
        widest = std::max(widest, ImGui::CalcTextSize(text.c_str() + start, text.c_str() + end).x);
        start = end + 1;
    }
    return widest;
}

// The owner columns' widths, fixed from the texts alone: a width that followed the cells' content
// would feed back into the wrapping of the headers and move the radios from one frame to the next,
// so that a click pressed on a radio was released beside it. Each column holds a radio with its
// mark and its header on one line, or word by word when the row's text would be left too little.
static std::vector<float> OwnerColumnWidths(const PlacementRows& rows) {
    float radio = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(kCheckMark).x;
    float room = ImGui::GetContentRegionAvail().x * 0.6f, whole = 0;
    std::vector<float> widths;
    for (int k = 0; k < rows.owners; ++k) {
        widths.push_back(std::ceil(std::max(radio, ImGui::CalcTextSize(OwnerName(kAnswerOwners[k])).x)));
        whole += widths.back() + 2 * ImGui::GetStyle().CellPadding.x;
    }
    if (whole > room)
        for (int k = 0; k < rows.owners; ++k)
            widths[size_t(k)] = std::ceil(std::max(radio, WidestWord(OwnerName(kAnswerOwners[k]))));
    return widths;
}

// A grid's caption and column headers: the owners, over striped rows. Text in the grid wraps at
// its cell's edge, not at the page's.
static void BeginPlacementGrid(const AnswerView& a, const PlacementRows& rows) {
    std::vector<float> widths = OwnerColumnWidths(rows);
    ImGui::BeginTable((a.prefix + ".grid").c_str(), rows.owners + 1, ImGuiTableFlags_BordersInnerH);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch);
    for (int k = 0; k < rows.owners; ++k)
        ImGui::TableSetupColumn(OwnerName(kAnswerOwners[k]), ImGuiTableColumnFlags_WidthFixed, widths[size_t(k)]);
    RecordNode(a.prefix + ".grid", "table", T("Who owns each row"));
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(T("Control"));
    RecordLastItem(a.prefix + ".grid.head.item", "columnheader", T("Control"));
    for (int k = 0; k < rows.owners; ++k) {
        ImGui::TableSetColumnIndex(k + 1);
        ImGui::TextUnformatted(OwnerName(kAnswerOwners[k]));
        RecordLastItem(a.prefix + ".grid.head." + std::to_string(k), "columnheader", OwnerName(kAnswerOwners[k]));
    }
}

static void EndPlacementGrid() {
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
}

// Each row gets one radio per owner. A row can also be dragged onto an owner button; the radios
// are the click and keyboard path for the same choice.
void DrawPlacement(const AnswerView& a, const PlacementRows& rows, Intents& out) {
    if (rows.grid) BeginPlacementGrid(a, rows);
    for (size_t pos = 0; pos < a.order.size(); ++pos) {
        int index = a.order[pos];
        const std::string& text = rows.texts[size_t(index)];
        int placed = size_t(index) < a.response.values.size() ? a.response.values[size_t(index)] : -1;
        std::string base = a.prefix + rows.kind + std::to_string(index);
        ImGui::PushID(base.c_str());
        if (rows.grid) {
            ImGui::TableNextRow();
            if (pos % 2 == 1) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, Colors().accent_soft);
            ImGui::TableSetColumnIndex(0);
        }
        ImGui::AlignTextToFramePadding();
        if (rows.grid) ImGui::TextWrapped("%s", text.c_str());
        else ImGui::TextUnformatted(text.c_str());
        if (!a.answered && ImGui::BeginDragDropSource(ImGuiDragDropFlags_SourceAllowNullID)) {
            ImGui::SetDragDropPayload("srm-item", &index, sizeof index);
            ImGui::TextUnformatted(text.c_str());
            ImGui::EndDragDropSource();
        }
        RecordLastItem(base, rows.grid ? "rowheader" : "text", text);
        DrawOwnerRadios(a, rows, index, placed, out);
        ImGui::PopID();
        if (!rows.grid) ImGui::Separator();
    }
    if (rows.grid) EndPlacementGrid();
}

std::string PlacementText(const PlacementRows& rows, const Response& r) {
    std::string out;
    for (size_t i = 0; i < r.values.size(); ++i)
        out += (out.empty() ? "" : "; ") +
               F("{1}: {2}", {rows.texts[i], r.values[i] >= 0 ? OwnerName(kAnswerOwners[r.values[i]]) : "?"});
    return out;
}

void PresentPlacement(const PresentedView& v, const PlacementRows& rows) {
    Paragraph(v.prefix + ".hint", T("Who owns each of these: customer, provider or shared?"), Colors().text_muted);
    for (size_t pos = 0; pos < v.order.size(); ++pos) {
        size_t index = size_t(v.order[pos]);
        std::string text = rows.texts[index];
        if (v.revealed) text = F("{1}: {2}", {text, OwnerName(rows.keys[index])});
        PresentLine(v.prefix + ".item." + std::to_string(pos), text, v.revealed, true);
    }
}

void EmptyPlacement(const Question& q, const std::vector<int>&, Response& out) {
    out.values.assign(q.answer_slots(), -1);
}
void EmptyValues(const Question&, const std::vector<int>&, Response&) {}
void NoFeedback(const Question&, const Response&, const std::string&) {}

// [feedback card]
static std::string Verdict(double score) {
    if (score >= 1.0 - 1e-9) return std::string(kCheckMark) + T("Correct.");
    if (score > 0) return F("Partly correct: {1} of the mark.", {Percent(score)});
    return std::string(kCrossMark) + T("Not quite.");
}

void DrawFeedbackCard(const Question& q, const Response& response, double score, const std::string& prefix) {
    const Palette& p = Colors();
    bool right = score >= 1.0 - 1e-9;
    BeginCard(right ? p.success : p.error, right ? p.success_text : p.error_text);
    ImGui::PushStyleColor(ImGuiCol_Text, right ? p.success_text : p.error_text);
    Heading(prefix + ".verdict", Verdict(score), 2);
    ImGui::PopStyleColor();
    answer_drawer(q.type).feedback(q, response, prefix);
    Paragraph(prefix + ".explanation", q.explanation);
    for (size_t i = 0; i < q.sources.size(); ++i)
        Link(prefix + ".source." + std::to_string(i), i == 0 ? T("Learn more") : T("Another source"), q.sources[i]);
    EndCard();
}

} // namespace srm::ui
