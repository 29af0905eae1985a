#ifndef BRIEFCAST_CLIBXML2_SHIM_H
#define BRIEFCAST_CLIBXML2_SHIM_H
/* libxml2, opened with dlopen when the first page or feed is parsed: text and Markdown never
   need it, nor worker processes, and with ICU, liblzma and zlib it costs a process 1 MiB and
   time at start. Nothing is linked; the headers give the types and constants. */
#include <dlfcn.h>
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with the copy inside Foundation. Only the
   encoding-handler struct (never touched from Swift) has ICU fields, so leave them out here. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

typedef struct {
    void (*initParser)(void);
    xmlDocPtr (*readMemory)(const char *buffer, int size, const char *url, const char *encoding, int options);
    htmlDocPtr (*htmlReadMemory)(const char *buffer, int size, const char *url, const char *encoding, int options);
    void (*freeDoc)(xmlDocPtr document);
    xmlNodePtr (*docGetRootElement)(const xmlDoc *document);
    /* Takes the name as plain chars (xmlChar is unsigned char; the same bytes), as Swift's
       strings are handed over. */
    const htmlEntityDesc *(*htmlEntityLookup)(const char *name);
} briefcast_xml;

/* Opens libxml2 and sets up its globals (before any thread parses); 0 when it is not installed. */
static inline int briefcast_xml_open(briefcast_xml *xml) {
    void *library = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return 0;
    xml->initParser = (void (*)(void))dlsym(library, "xmlInitParser");
    xml->readMemory = (xmlDocPtr(*)(const char *, int, const char *, const char *, int))dlsym(library, "xmlReadMemory");
    xml->htmlReadMemory =
        (htmlDocPtr(*)(const char *, int, const char *, const char *, int))dlsym(library, "htmlReadMemory");
    xml->freeDoc = (void (*)(xmlDocPtr))dlsym(library, "xmlFreeDoc");
    xml->docGetRootElement = (xmlNodePtr(*)(const xmlDoc *))dlsym(library, "xmlDocGetRootElement");
    xml->htmlEntityLookup = (const htmlEntityDesc *(*)(const char *))dlsym(library, "htmlEntityLookup");
    if (!(xml->initParser && xml->readMemory && xml->htmlReadMemory && xml->freeDoc && xml->docGetRootElement
            && xml->htmlEntityLookup))
        return 0;
    xml->initParser();
    return 1;
}
#endif
