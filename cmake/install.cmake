# Where `cmake --install` puts plansearch (GNUInstallDirs), and the Debian
# package `cpack -G DEB` makes of it.  The binary finds its data at
# ../share/plansearch from its own folder (cli/CMakeLists.txt: PS_DATA_REL);
# the gazetteer is compiled into it.
set(PS_DATADIR ${CMAKE_INSTALL_DATADIR}/plansearch)

install(TARGETS plansearch RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PS_BUNDLED_DIR}/ DESTINATION ${PS_DATADIR}/plans)
# (compressed, as Debian installs man pages: gzip -9n, no time stamp)
install(FILES ${PROJECT_BINARY_DIR}/cli/plansearch.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_BINARY_DIR}/cli/plansearch-query.7.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man7)
# Completions where Debian's shells look for those of packages.
install(FILES ${PROJECT_SOURCE_DIR}/completions/plansearch.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME plansearch)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_plansearch
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/completions/plansearch.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
# The web server's assets (web/, when the server is part of the tree): what
# is not its source code.
if(IS_DIRECTORY ${PROJECT_SOURCE_DIR}/web)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/web/ DESTINATION ${PS_DATADIR}/web
          PATTERN "*.c" EXCLUDE PATTERN "*.h" EXCLUDE PATTERN "CMakeLists.txt" EXCLUDE
          PATTERN "*.cmake" EXCLUDE)
endif()

# Debian's documentation files: copyright, and a compressed changelog (of a
# native package: changelog.gz).  The maintainer address is a placeholder.
set(PS_DOC ${CMAKE_INSTALL_DATADIR}/doc/plansearch)
set(PS_CHANGELOG ${PROJECT_BINARY_DIR}/changelog.gz)
file(WRITE ${PROJECT_BINARY_DIR}/changelog.Debian
"plansearch (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
"  * Package built from the plansearch source tree (cpack -G DEB).\n\n"
" -- plansearch developers <plansearch@example.org>  Sun, 06 Dec 2026 16:00:00 +0000\n")
add_custom_command(OUTPUT ${PS_CHANGELOG}
  COMMAND gzip -9nc ${PROJECT_BINARY_DIR}/changelog.Debian > ${PS_CHANGELOG}
  DEPENDS ${PROJECT_BINARY_DIR}/changelog.Debian)
add_custom_target(plansearch_changelog ALL DEPENDS ${PS_CHANGELOG})
install(FILES ${PROJECT_SOURCE_DIR}/cmake/copyright ${PS_CHANGELOG} DESTINATION ${PS_DOC})

set(CPACK_PACKAGE_NAME plansearch)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "plansearch developers <plansearch@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "full-text search over Chinese trade-union work plans")
set(CPACK_PACKAGE_DESCRIPTION
"plansearch indexes Chinese trade-union annual work plans (HTML, text and
office files) and searches them by words, year, region, level, sector and
kind of document, with analyses (compare, keyness, collocates, stats) over
the index.  It comes with a small set of plans to try it on, man pages,
shell completions and a shared library for other languages.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The Debian packages the binary and library link (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
# ldconfig through the trigger below, not maintainer scripts.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_LDCONFIG OFF)
# The shared library needs ldconfig run after installation.
file(WRITE ${PROJECT_BINARY_DIR}/debian/triggers "activate-noawait ldconfig\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_BINARY_DIR}/debian/triggers)
set(CPACK_GENERATOR DEB)
set(CPACK_SET_DESTDIR OFF)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
