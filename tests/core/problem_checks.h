// How a core Problem and its id print when a check fails: the stable id, then the English text.
#pragma once
#include "problem.h"
#include <doctest/doctest.h>

namespace doctest {
template <> struct StringMaker<srm::ProblemId> {
    static String convert(srm::ProblemId id) { return srm::problem_name(id); }
};
template <> struct StringMaker<srm::Problem> {
    static String convert(const srm::Problem& p) {
        return (std::string(srm::problem_name(p.id)) + ": " + srm::english(p)).c_str();
    }
};
} // namespace doctest
