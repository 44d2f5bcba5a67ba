// Dear ImGui compile-time configuration for SRM Trainer (included through IMGUI_USER_CONFIG).
// Release web builds additionally compile out the demo, debug tools and default font (see cmake/).
#pragma once
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
