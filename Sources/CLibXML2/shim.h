#ifndef BRIEFCAST_CLIBXML2_SHIM_H
#define BRIEFCAST_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with the copy inside Foundation. Only the
   encoding-handler struct (never touched from Swift) has ICU fields, so leave them out here. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
