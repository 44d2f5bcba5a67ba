// Pieces the answer drawers share (see answer_shared.h).
#include "answer_shared.h"
#include "owner_style.h"
#include "quiz_text.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>

namespace srm::ui {

const char* const kCheckMark = "\xE2\x9C\x93 ";
const char* const kCrossMark = "\xE2\x9C\x97 ";

static bool Contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

void DrawChoices(const AnswerView& a, Intents& out, bool select_many) {
    if (a.answered) ImGui::BeginDisabled();
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
        } else if (Radio(id, label, picked)) {
            out.push_back(intent::AnswerPick(a.part, index));
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

void PresentLine(const std::string& id, const std::string& text, bool revealed, bool right) {
    const Palette& p = Colors();
    std::string shown = revealed ? (right ? "\xE2\x9C\x93 " : "    ") + text : text;
    Paragraph(id, shown, revealed ? (right ? p.success_text : p.text_muted) : p.text);
}

void PresentChoices(const PresentedView& v, const char* hint) {
    static const char kLetters[] = "ABCDEFGHIJ";
    if (hint) Paragraph(v.prefix + ".hint", hint, Colors().text_muted);
    for (size_t pos = 0; pos < v.order.size(); ++pos) {
        int index = v.order[pos];
        PresentLine(v.prefix + ".choice." + std::to_string(pos),
                    std::string(1, kLetters[pos % 10]) + ".  " + ChoiceLabel(v.question, index), v.revealed,
                    Contains(v.question.key, index));
    }
}

// Each row gets one radio per owner. A row can also be dragged onto an owner button; the radios
// are the click and keyboard path for the same choice.
void DrawPlacement(const AnswerView& a, const PlacementRows& rows, Intents& out) {
    for (size_t pos = 0; pos < a.order.size(); ++pos) {
        int index = a.order[pos];
        const std::string& text = rows.texts[size_t(index)];
        Owner key = rows.keys[size_t(index)];
        int placed = size_t(index) < a.response.values.size() ? a.response.values[size_t(index)] : -1;
        std::string base = a.prefix + rows.kind + std::to_string(index);
        ImGui::PushID(base.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text.c_str());
        if (!a.answered && ImGui::BeginDragDropSource(ImGuiDragDropFlags_SourceAllowNullID)) {
            ImGui::SetDragDropPayload("srm-item", &index, sizeof index);
            ImGui::TextUnformatted(text.c_str());
            ImGui::EndDragDropSource();
        }
        RecordLastItem(base, "text", text);
        if (a.answered) ImGui::BeginDisabled();
        for (int k = 0; k < rows.owners; ++k) {
            SameLineIfRoom(OwnerName(kAnswerOwners[k]), true);
            std::string label = OwnerName(kAnswerOwners[k]);
            if (a.answered && k == answer_owner_index(key)) label = kCheckMark + label;
            else if (a.answered && k == placed) label = kCrossMark + label;
            if (Radio(base + ".owner." + std::to_string(k), label, placed == k))
                out.push_back(intent::AnswerPlace(a.part, index, k));
            if (!a.answered && ImGui::BeginDragDropTarget()) {
                if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload("srm-item"))
                    out.push_back(intent::AnswerPlace(a.part, *static_cast<const int*>(payload->Data), k));
                ImGui::EndDragDropTarget();
            }
        }
        if (a.answered) ImGui::EndDisabled();
        ImGui::PopID();
        ImGui::Separator();
    }
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
