// Summing up a room's results codes (see room_summary.h).
#include "room_summary.h"
#include "text_codes.h"
#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace srm {

// Replays a participant's answers into the room's run; false with a reason when they do not fit.
static bool replay(const WorkshopResult& result, QuizSession& run, Problem& problem) {
    if (result.answers.size() != run.size()) {
        problem = {ProblemId::results_code_answer_count,
                   {std::to_string(result.answers.size()), std::to_string(run.size())}};
        return false;
    }
    for (size_t i = 0; i < result.answers.size(); ++i) {
        const WorkshopAnswer& a = result.answers[i];
        if (a.answered && !response_fits(*run.current().question, a.response)) {
            problem = {ProblemId::results_code_answer_not_offered, {std::to_string(i + 1)}};
            return false;
        }
        if (a.answered) run.answer(a.response, 0);
        run.next(0);
    }
    if (int(run.scaled() * 100 + 0.5) != result.percent) {
        problem = {ProblemId::results_code_score_mismatch, {std::to_string(result.percent)}};
        return false;
    }
    return true;
}

RoomSummary summarise_room(const Quiz& quiz, const Room& room, std::string_view pasted) {
    RoomSummary out;
    out.room = room_code(room);
    out.quiz = &quiz;
    QuizSession reference(quiz, room_session_config(room), 0);
    out.question_count = reference.size();
    for (size_t i = 0; i < reference.size(); ++i) out.questions.push_back({reference.presented(i).question});
    out.concepts = reference.breakdown();
    for (ConceptResult& c : out.concepts) c.score = c.max = 0;

    // Accepted codes and nicknames, each with its line, looked up in constant time (a paste of
    // thousands of codes stays linear).
    std::unordered_map<std::string, size_t> code_lines, nickname_lines;
    size_t read = 0;
    for (size_t start = 0, n = 0; start <= pasted.size(); ++n) {
        size_t end = pasted.find('\n', start);
        if (end == std::string_view::npos) end = pasted.size();
        std::string_view text = trim(pasted.substr(start, end - start));
        start = end + 1;
        if (text.empty()) continue;
        auto reject = [&](const Problem& reason) { out.rejected.push_back({n + 1, reason}); };
        if (++read > kMaxRoomCodes) {
            reject({ProblemId::results_code_over_limit, {std::to_string(kMaxRoomCodes)}});
            break;
        }
        WorkshopResult result;
        Problem problem;
        if (looks_like_certificate_code(text)) { // a learner's certificate, checked for the facilitator
            PastedCertificate c;
            c.line = n + 1;
            c.valid = parse_certificate_code(text, c.certificate, c.problem);
            out.certificates.push_back(std::move(c));
            continue;
        }
        if (!parse_results_code(text, result, problem)) {
            reject(problem);
            continue;
        }
        if (result.room != out.room) {
            reject({ProblemId::results_code_other_room, {result.room, out.room}});
            continue;
        }
        auto same = code_lines.find(std::string(text));
        if (same != code_lines.end()) {
            reject({ProblemId::results_code_duplicate, {std::to_string(same->second)}});
            continue;
        }
        auto named = nickname_lines.find(result.nickname);
        if (named != nickname_lines.end()) {
            reject({ProblemId::results_code_nickname_taken, {result.nickname, std::to_string(named->second)}});
            continue;
        }
        QuizSession run(quiz, room_session_config(room), 0);
        if (!replay(result, run, problem)) {
            reject(problem);
            continue;
        }
        RoomParticipant p;
        p.nickname = result.nickname;
        p.line = n + 1;
        p.score = run.score();
        p.percent = result.percent;
        for (size_t i = 0; i < run.size(); ++i) {
            p.question_scores.push_back(run.record(i).score);
            out.questions[i].mean_score += run.record(i).score;
            out.questions[i].fully_right += fully_right(run.record(i).score);
        }
        std::vector<ConceptResult> concepts = run.breakdown();
        for (size_t c = 0; c < concepts.size() && c < out.concepts.size(); ++c) {
            p.concept_shares.push_back(concepts[c].max > 0 ? concepts[c].score / concepts[c].max : 0);
            out.concepts[c].score += concepts[c].score;
            out.concepts[c].max += concepts[c].max;
        }
        p.answers = std::move(result.answers);
        out.distribution[size_t(std::min(4, p.percent / 20))]++;
        code_lines.emplace(std::string(text), n + 1);
        nickname_lines.emplace(result.nickname, n + 1);
        out.participants.push_back(std::move(p));
    }
    for (QuestionStat& q : out.questions)
        if (!out.participants.empty()) q.mean_score /= double(out.participants.size());
    return out;
}

std::vector<size_t> RoomSummary::hardest(size_t limit) const {
    std::vector<size_t> order(questions.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return questions[a].mean_score < questions[b].mean_score; });
    if (order.size() > limit) order.resize(limit);
    return order;
}

std::vector<size_t> RoomSummary::leaderboard() const {
    std::vector<size_t> order(participants.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const RoomParticipant &x = participants[a], &y = participants[b];
        return x.score != y.score ? x.score > y.score : x.nickname < y.nickname;
    });
    return order;
}

static std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string room_summary_csv(const RoomSummary& s) {
    std::string out = "nickname,score,max,percent";
    for (size_t i = 0; i < s.questions.size(); ++i)
        out += "," + csv_field("Q" + std::to_string(i + 1) + " " + s.questions[i].question->id);
    out += "\r\n";
    for (const RoomParticipant& p : s.participants) {
        out += csv_field(p.nickname) + "," + number(p.score) + "," + std::to_string(s.question_count) + "," +
               std::to_string(p.percent);
        for (double q : p.question_scores) out += "," + number(q);
        out += "\r\n";
    }
    if (!s.participants.empty()) {
        double total = 0;
        for (const RoomParticipant& p : s.participants) total += p.score;
        double mean = total / double(s.participants.size());
        out += "(room mean)," + number(mean) + "," + std::to_string(s.question_count) + "," +
               std::to_string(s.question_count ? int(mean / double(s.question_count) * 100 + 0.5) : 0);
        for (const QuestionStat& q : s.questions) out += "," + number(q.mean_score);
        out += "\r\n";
    }
    return out;
}

} // namespace srm
