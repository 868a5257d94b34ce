#ifndef CCMARKGFM_SHIM_H
#define CCMARKGFM_SHIM_H
#if !__has_include(<cmark-gfm.h>) || !__has_include(<cmark-gfm-core-extensions.h>)
#error "cmark-gfm is not installed: run `apt-get update && apt-get install -y libcmark-gfm-dev libcmark-gfm-extensions-dev` (with sudo when not root); see README.md, Set-up"
#endif
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
