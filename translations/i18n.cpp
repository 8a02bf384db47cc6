// atlas_i18n holds only the compiled translations (:/i18n/atlas_ko.qm, atlas_en.qm); a static
// library needs one object file of its own.
namespace Atlas {
int i18nLibraryAnchor = 0;
}
