# Header-only libraries from Debian (nlohmann/json, doctest) and Dear ImGui sources.
# Emscripten's sysroot must not see /usr/include (it would mix glibc headers in), so the
# header-only libraries are exposed through a build-time folder that holds only them.
set(SRM_THIRD_PARTY_INCLUDE "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${SRM_THIRD_PARTY_INCLUDE}")
foreach(lib nlohmann doctest)
  if(NOT EXISTS "/usr/include/${lib}")
    message(FATAL_ERROR "/usr/include/${lib} is missing: run scripts/setup.sh (installs nlohmann-json3-dev, doctest-dev)")
  endif()
  file(CREATE_LINK "/usr/include/${lib}" "${SRM_THIRD_PARTY_INCLUDE}/${lib}" SYMBOLIC)
endforeach()

add_library(srm_json INTERFACE)
target_include_directories(srm_json SYSTEM INTERFACE "${SRM_THIRD_PARTY_INCLUDE}")
target_compile_definitions(srm_json INTERFACE JSON_NOEXCEPTION JSON_USE_IMPLICIT_CONVERSIONS=0)

add_library(srm_doctest INTERFACE)
target_include_directories(srm_doctest SYSTEM INTERFACE "${SRM_THIRD_PARTY_INCLUDE}")
# In wasm exceptions are off: a failed REQUIRE then ends the test binary (it still exits non-zero).
if(EMSCRIPTEN)
  target_compile_definitions(srm_doctest INTERFACE DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS)
endif()

if(NOT SRM_CORE_ONLY)
  if(IMGUI_DIR STREQUAL "")
    set(IMGUI_DIR "${CMAKE_SOURCE_DIR}/.cache/imgui")
  endif()
  if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
    message(FATAL_ERROR "Dear ImGui not found in ${IMGUI_DIR}: run scripts/fetch-imgui.sh or pass -DIMGUI_DIR=<checkout>")
  endif()
  add_library(imgui STATIC
    ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp
    ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp)
  target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends "${CMAKE_SOURCE_DIR}/src/ui/config")
  target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="srm_imconfig.h")
  if(EMSCRIPTEN)
    target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS
                                              IMGUI_DISABLE_DEFAULT_FONTS IMGUI_DISABLE_FILE_FUNCTIONS)
  endif()
endif()
