// Cached GL state queries for Dear ImGui's OpenGL3 backend, force-included into
// imgui_impl_opengl3.cpp only (see CMakeLists.txt).
// The backend saves and restores about twenty pieces of GL state around every frame. In a browser
// each glGetIntegerv / glIsEnabled is a synchronous round trip to the GPU process: measured here
// at about 8 ms of main-thread time per frame with software WebGL. The app is the only user of
// its WebGL context, so the state the backend restores is exactly the state it saw the first
// time: each queried value is read from GL once and then answered from a small cache.
#pragma once
#include <GLES3/gl3.h>

#ifdef __cplusplus
extern "C" {
#endif
void srm_gl_get_integerv(GLenum pname, GLint* data);
GLboolean srm_gl_is_enabled(GLenum cap);
#ifdef __cplusplus
}
#endif

#define glGetIntegerv srm_gl_get_integerv
#define glIsEnabled srm_gl_is_enabled
