// The deferred shader checks behind gl_deferred_link.h, and CheckDeferredLink().
#include "gl_deferred_link.h"
#include "web_platform.h"
#include <cstring>
#include <string>
#include <vector>

// The real GL entry points: this file sees them without the header's renames.
#undef glGetShaderiv
#undef glGetProgramiv
#undef glGetAttribLocation
#undef glGetUniformLocation
#undef glUniform1i
#undef glUniformMatrix4fv

namespace {

// The attribute locations the backend's GLSL ES 3 vertex shader declares with layout qualifiers.
struct FixedAttribute {
    const char* name;
    GLint location;
};
constexpr FixedAttribute kAttributes[] = {{"Position", 0}, {"UV", 1}, {"Color", 2}};

// A uniform the backend asked for: its location is looked up when it is first set. The backend
// holds `kDeferredUniform + index` in its place.
constexpr GLint kDeferredUniform = 0x40000000;
struct DeferredUniform {
    GLuint program;
    std::string name;
    GLint location; // -2 until looked up
};
std::vector<DeferredUniform> g_uniforms;
std::vector<GLuint> g_programs; // linked without waiting, to check after the first frame

GLint RealLocation(GLint location) {
    if (location < kDeferredUniform || size_t(location - kDeferredUniform) >= g_uniforms.size()) return location;
    DeferredUniform& u = g_uniforms[size_t(location - kDeferredUniform)];
    if (u.location == -2) u.location = glGetUniformLocation(u.program, u.name.c_str());
    return u.location;
}

} // namespace

extern "C" void srm_gl_get_shaderiv(GLuint shader, GLenum pname, GLint* params) {
    if (pname == GL_COMPILE_STATUS) *params = GL_TRUE;
    else if (pname == GL_INFO_LOG_LENGTH) *params = 0;
    else glGetShaderiv(shader, pname, params);
}

extern "C" void srm_gl_get_programiv(GLuint program, GLenum pname, GLint* params) {
    if (pname == GL_LINK_STATUS) {
        *params = GL_TRUE;
        g_programs.push_back(program);
        glFlush(); // the GPU process starts compiling now, not at the first draw
    } else if (pname == GL_INFO_LOG_LENGTH) {
        *params = 0;
    } else {
        glGetProgramiv(program, pname, params);
    }
}

extern "C" GLint srm_gl_get_attrib_location(GLuint program, const GLchar* name) {
    for (const FixedAttribute& a : kAttributes)
        if (std::strcmp(a.name, name) == 0) return a.location;
    return glGetAttribLocation(program, name);
}

extern "C" GLint srm_gl_get_uniform_location(GLuint program, const GLchar* name) {
    g_uniforms.push_back({program, name, -2});
    return kDeferredUniform + GLint(g_uniforms.size() - 1);
}

extern "C" void srm_gl_uniform1i(GLint location, GLint v0) { glUniform1i(RealLocation(location), v0); }

extern "C" void srm_gl_uniform_matrix4fv(GLint location, GLsizei count, GLboolean transpose, const GLfloat* value) {
    glUniformMatrix4fv(RealLocation(location), count, transpose, value);
}

namespace srm::web {

bool CheckDeferredLink(std::string& problem) {
    for (GLuint program : g_programs) {
        GLint linked = GL_FALSE;
        glGetProgramiv(program, GL_LINK_STATUS, &linked);
        if (!linked) {
            char log[512] = "";
            glGetProgramInfoLog(program, sizeof log, nullptr, log);
            problem = std::string("its shader program did not link: ") + log;
            return false;
        }
        for (const FixedAttribute& a : kAttributes) {
            if (glGetAttribLocation(program, a.name) != a.location) {
                problem = std::string("its shader's attribute ") + a.name + " is not at location " +
                          std::to_string(a.location);
                return false;
            }
        }
    }
    g_programs.clear();
    return true;
}

} // namespace srm::web
