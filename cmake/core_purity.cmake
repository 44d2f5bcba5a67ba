# The core layer is pure C++17 + nlohmann/json. The build fails when a file in src/core
# includes Dear ImGui, OpenGL or Emscripten headers (docs/architecture.md, "Layers").
file(GLOB_RECURSE _srm_core_files "${CMAKE_SOURCE_DIR}/src/core/*.h" "${CMAKE_SOURCE_DIR}/src/core/*.cpp")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_srm_core_files})
foreach(f ${_srm_core_files})
  file(STRINGS "${f}" _bad REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](imgui|emscripten|GL|GLES|GLES2|GLES3|GLFW|webgl)[^>\"]*[>\"]")
  if(_bad)
    message(FATAL_ERROR "${f}: src/core must not include UI, GL or Emscripten headers: ${_bad}")
  endif()
endforeach()
