// The GL state cache behind gl_state_cache.h.
#include <GLES3/gl3.h>
#include <cstring>

namespace {

struct CachedQuery {
    GLenum pname;
    bool cached;
    GLint values[4];
};

// Only state the backend backs up and restores; everything else goes straight to GL.
CachedQuery g_integers[] = {
    {GL_ACTIVE_TEXTURE, false, {}},       {GL_CURRENT_PROGRAM, false, {}},
    {GL_TEXTURE_BINDING_2D, false, {}},   {GL_SAMPLER_BINDING, false, {}},
    {GL_ARRAY_BUFFER_BINDING, false, {}}, {GL_ELEMENT_ARRAY_BUFFER_BINDING, false, {}},
    {GL_VERTEX_ARRAY_BINDING, false, {}}, {GL_VIEWPORT, false, {}},
    {GL_SCISSOR_BOX, false, {}},          {GL_BLEND_SRC_RGB, false, {}},
    {GL_BLEND_DST_RGB, false, {}},        {GL_BLEND_SRC_ALPHA, false, {}},
    {GL_BLEND_DST_ALPHA, false, {}},      {GL_BLEND_EQUATION_RGB, false, {}},
    {GL_BLEND_EQUATION_ALPHA, false, {}},
};

struct CachedCap {
    GLenum cap;
    bool cached;
    GLboolean value;
};

CachedCap g_caps[] = {
    {GL_BLEND, false, 0},        {GL_CULL_FACE, false, 0},    {GL_DEPTH_TEST, false, 0},
    {GL_STENCIL_TEST, false, 0}, {GL_SCISSOR_TEST, false, 0}, {GL_PRIMITIVE_RESTART_FIXED_INDEX, false, 0},
};

} // namespace

extern "C" void srm_gl_get_integerv(GLenum pname, GLint* data) {
    for (CachedQuery& q : g_integers) {
        if (q.pname != pname) continue;
        if (!q.cached) {
            glGetIntegerv(pname, q.values);
            q.cached = true;
        }
        int count = (pname == GL_VIEWPORT || pname == GL_SCISSOR_BOX) ? 4 : 1;
        std::memcpy(data, q.values, sizeof(GLint) * size_t(count));
        return;
    }
    glGetIntegerv(pname, data);
}

extern "C" GLboolean srm_gl_is_enabled(GLenum cap) {
    for (CachedCap& c : g_caps) {
        if (c.cap != cap) continue;
        if (!c.cached) {
            c.value = glIsEnabled(cap);
            c.cached = true;
        }
        return c.value;
    }
    return glIsEnabled(cap);
}
