// A responsibility model as one accessible page: a table per service.
#pragma once
#include "model.h"
#include <string>

namespace srm_html {

std::string model_page(const srm::ResponsibilityModel& model);

} // namespace srm_html
