// The facilitator's room summary: results codes pasted all at once (rejected lines listed with
// their reasons, the rest kept), then participants, the score distribution, % correct per
// question, a per-concept heatmap with each concept's misconception, the hardest questions, an
// optional leaderboard (off by default), and CSV download or copy.
//
// [SECTION] Pasting codes
// [SECTION] Charts
// [SECTION] Heatmap
// [SECTION] Screen
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Pasting codes
//-----------------------------------------------------------------------------

static void DrawPasteBox(const App& app, Intents& out) {
    const WorkshopState& w = app.workshop();
    std::string pasted;
    if (TextArea("summary.codes", T("Results codes, one per line"),
                 T("Paste results codes here, one per line (SRMW1|...)"), w.pasted, pasted, 6))
        out.push_back(intent::SetPasted(pasted));
    if (!w.summary) return;
    const RoomSummary& s = *w.summary;
    const Palette& p = Colors();
    std::string people = std::to_string(s.participants.size()), lines = std::to_string(s.rejected.size());
    Paragraph("summary.counts",
              s.rejected.empty() ? F("Participants counted: {1}.", {people})
                                 : F("Participants counted: {1}. Lines rejected: {2}.", {people, lines}),
              p.text_muted);
    for (size_t i = 0; i < s.rejected.size(); ++i)
        Paragraph("summary.rejected." + std::to_string(i),
                  F("Line {1}: {2}", {std::to_string(s.rejected[i].line), Translate(s.rejected[i].reason)}), p.error_text);
    for (size_t i = 0; i < s.certificates.size(); ++i) {
        const PastedCertificate& pc = s.certificates[i];
        const Certificate& c = pc.certificate;
        std::string line = std::to_string(pc.line), id = "summary.certificate." + std::to_string(i);
        if (!pc.valid) {
            Paragraph(id, F("Line {1}: a certificate code that does not check out: {2}", {line, Translate(pc.problem)}),
                      p.error_text);
            continue;
        }
        const Quiz* quiz = app.catalog().find_quiz(c.quiz_id);
        Paragraph(id,
                  F("Line {1}: a certificate that checks out: {2} passed the quiz \"{3}\" with {4} on {5} (content edition {6}).",
                    {line, c.name, quiz ? quiz->title : c.quiz_id, Percent(c.percent / 100.0), c.date, c.edition}),
                  p.success_text);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Charts
//-----------------------------------------------------------------------------

static void Bar(const std::string& id, const std::string& label, float fraction) {
    ChartBar(id, label, fraction, Colors().accent, label);
}

static void DrawDistribution(const RoomSummary& s) {
    Heading("summary.distribution.title", T("Scores"), 2);

    int most = std::max(1, *std::max_element(s.distribution.begin(), s.distribution.end()));
    for (size_t i = 0; i < s.distribution.size(); ++i)
        Bar("summary.distribution." + std::to_string(i),
            F("{1}: {2} participants", {std::to_string(i * 20) + "-" + Percent(i == 4 ? 1.0 : double(i * 20 + 19) / 100.0),
                                        std::to_string(s.distribution[i])}),
            float(s.distribution[i]) / float(most));
}

static void DrawQuestions(const RoomSummary& s) {
    Heading("summary.questions.title", T("Correct per question"), 2);
    for (size_t i = 0; i < s.questions.size(); ++i)
        Bar("summary.question." + std::to_string(i),
            F("Q{1}. {2}: {3} correct",
              {std::to_string(i + 1), s.questions[i].question->prompt, Percent(s.questions[i].mean_score)}),
            float(s.questions[i].mean_score));
}

static void DrawHardest(const RoomSummary& s) {
    const Palette& p = Colors();
    Heading("summary.hardest.title", T("Hardest questions"), 2);
    std::vector<size_t> hardest = s.hardest(3);
    for (size_t rank = 0; rank < hardest.size(); ++rank) {
        const QuestionStat& q = s.questions[hardest[rank]];
        std::string id = "summary.hardest." + std::to_string(rank);
        BeginCard();
        Heading(id,
                F("Q{1}. {2} ({3} correct)", {std::to_string(hardest[rank] + 1), q.question->prompt, Percent(q.mean_score)}),
                3);
        for (const std::string& c : q.question->concepts)
            if (const Concept* concept_def = s.quiz->find_concept(c); concept_def && !concept_def->misconception.empty())
                Paragraph(id + ".misconception." + c, F("Likely misconception: {1}", {concept_def->misconception}),
                          p.error_text);
        Paragraph(id + ".explanation", q.question->explanation);
        EndCard();
    }
}

static void DrawLeaderboard(const App& app, const RoomSummary& s, Intents& out) {
    bool shown = app.workshop().show_leaderboard;
    if (Checkbox("summary.leaderboard.show", T("Show a leaderboard (by score only)"), &shown))
        out.push_back(intent::ToggleLeaderboard{});
    if (!shown) return;
    std::vector<size_t> order = s.leaderboard();
    for (size_t rank = 0; rank < order.size(); ++rank) {
        const RoomParticipant& p = s.participants[order[rank]];
        Paragraph("summary.leaderboard." + std::to_string(rank),
                  F("{1}. {2}: {3}", {std::to_string(rank + 1), p.nickname, Percent(p.percent / 100.0)}));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Heatmap
//-----------------------------------------------------------------------------
// A row per concept: the room's share right, then one cell per participant, wrapping onto more
// lines when the room is large. Each cell names who and how much (never colour alone) over a
// shade: green at 80 % and up, amber from 50 %, red below.

static void HeatCell(const App& app, const std::string& id, const std::string& who, double share,
                     const std::string& spoken) {
    const Palette& p = Colors();
    float s = app.display().scale;
    std::string text = who + " " + Percent(share);
    ImVec2 size(ImGui::CalcTextSize(text.c_str()).x + 16 * s, ImGui::GetTextLineHeight() + 8 * s);
    const ImGuiStyle& style = ImGui::GetStyle();
    float right = ImGui::GetCursorScreenPos().x + ImGui::CalcItemWidth();
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + size.x > right) ImGui::NewLine();
    ImGui::Dummy(size);
    ImVec2 a = ImGui::GetItemRectMin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + size.x, a.y + size.y),
                      share >= 0.8   ? p.success
                      : share >= 0.5 ? p.highlight
                                     : p.error,
                      style.FrameRounding);
    dl->AddText(ImVec2(a.x + 8 * s, a.y + 4 * s), p.text, text.c_str());
    RecordLastItem(id, "text", F("{1}, {2}: {3} right", {spoken, who, Percent(share)}));
}

static void DrawHeatmap(const App& app, const RoomSummary& s) {
    const Palette& p = Colors();
    Heading("summary.heatmap.title", T("Concepts and misconceptions"), 2);
    for (size_t c = 0; c < s.concepts.size(); ++c) {
        const ConceptResult& concept_result = s.concepts[c];
        double room = concept_result.max > 0 ? concept_result.score / concept_result.max : 0;
        std::string base = "summary.heatmap." + concept_result.concept_id;
        BeginCard();
        Heading(base + ".label", concept_result.label, 3);
        ImGui::Dummy(ImVec2(0, 0));
        HeatCell(app, base + ".room", T("Room"), room, concept_result.label);
        for (size_t i = 0; i < s.participants.size(); ++i)
            HeatCell(app, base + "." + std::to_string(i), s.participants[i].nickname,
                     c < s.participants[i].concept_shares.size() ? s.participants[i].concept_shares[c] : 0,
                     concept_result.label);
        if (room < 0.8 && !concept_result.misconception.empty())
            Paragraph(base + ".misconception", F("Watch out for: {1}", {concept_result.misconception}), p.error_text);
        EndCard();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Screen
//-----------------------------------------------------------------------------

void DrawRoomSummaryScreen(const App& app, Intents& out) {
    const WorkshopState& w = app.workshop();
    DrawTopBar(app, T("Room summary"), out);
    if (!w.summary) return;
    const RoomSummary& s = *w.summary;
    Paragraph("summary.room",
              F("{1} \xC2\xB7 room {2} \xC2\xB7 {3} questions", {s.quiz->title, s.room, std::to_string(s.question_count)}),
              Colors().text_muted);
    DrawPasteBox(app, out);
    if (s.participants.empty()) {
        Paragraph("summary.empty", T("Nothing to sum up yet: paste the codes your participants sent you."),
                  Colors().text_muted);
        return;
    }
    if (Button("summary.download", T("Download CSV"))) out.push_back(intent::DownloadCsv{});
    SameLineIfRoom(T("Copy CSV"));
    if (Button("summary.copy", T("Copy CSV"), false)) out.push_back(intent::CopyCsv{});
    ImGui::Spacing();
    DrawDistribution(s);
    ImGui::Spacing();
    DrawQuestions(s);
    ImGui::Spacing();
    DrawHeatmap(app, s);
    ImGui::Spacing();
    DrawHardest(s);
    ImGui::Spacing();
    DrawLeaderboard(app, s, out);
}

} // namespace srm::ui
