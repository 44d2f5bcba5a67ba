// The backend's shader program, built while the first frame is made instead of before it. Dear
// ImGui's OpenGL3 backend compiles and links its program, then at once asks whether that worked
// and where its attributes and uniforms are; in a browser each of those answers waits for the
// GPU process to finish compiling (15 to 70 ms with software WebGL). Force-included into
// imgui_impl_opengl3.cpp only (see CMakeLists.txt), this header answers those questions without
// waiting: compile and link "succeeded" (checked for real by srm::web::CheckDeferredLink() once
// the first frame is drawn), the attributes are where the backend's GLSL ES 3 source puts them
// (layout locations, checked there too), and a uniform's location is looked up the first time
// the backend sets it, which is after the font atlas and the first frame's UI are built.
#pragma once
#include <GLES3/gl3.h>

#ifdef __cplusplus
extern "C" {
#endif
void srm_gl_get_shaderiv(GLuint shader, GLenum pname, GLint* params);
void srm_gl_get_programiv(GLuint program, GLenum pname, GLint* params);
GLint srm_gl_get_attrib_location(GLuint program, const GLchar* name);
GLint srm_gl_get_uniform_location(GLuint program, const GLchar* name);
void srm_gl_uniform1i(GLint location, GLint v0);
void srm_gl_uniform_matrix4fv(GLint location, GLsizei count, GLboolean transpose, const GLfloat* value);
#ifdef __cplusplus
}
#endif

#define glGetShaderiv srm_gl_get_shaderiv
#define glGetProgramiv srm_gl_get_programiv
#define glGetAttribLocation srm_gl_get_attrib_location
#define glGetUniformLocation srm_gl_get_uniform_location
#define glUniform1i srm_gl_uniform1i
#define glUniformMatrix4fv srm_gl_uniform_matrix4fv
