# One warning set for every C++ target of ours: srm_warnings(<target>) after add_library or
# add_executable. SRM_WARNINGS_AS_ERRORS (ON in every preset, see CMakePresets.json) adds -Werror.
# Third-party code gets none of this, since its warnings are not ours to fix: the Dear ImGui library
# target (cmake/third_party.cmake) is never passed to srm_warnings; ImGui's GL backend, compiled
# inside srm_app, is built with -w (src/platform/web); ImGui's headers, doctest and nlohmann/json
# are SYSTEM includes, so the compiler reports nothing from inside them.
option(SRM_WARNINGS_AS_ERRORS "Treat warnings in our own code as errors" OFF)

# -Wconversion as GCC means it for C++: narrowing of values, not signedness. Clang's also takes in
# -Wsign-conversion, which would flag every int index into a std::vector (and ImGui takes ints).
# Shadowing: GCC's plain -Wshadow also flags a constructor parameter named like the member it
# initialises (`explicit JoinRoom(std::string code) : code(std::move(code))`), the idiom the typed
# intents use; -Wshadow=local keeps what matters, a local hiding another local or a parameter.
# Clang's -Wshadow leaves constructor parameters alone already.
set(SRM_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wconversion)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  list(APPEND SRM_WARNING_FLAGS -Wshadow -Wno-sign-conversion)
else()
  list(APPEND SRM_WARNING_FLAGS -Wshadow=local)
endif()

function(srm_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE ${SRM_WARNING_FLAGS})
    if(SRM_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
