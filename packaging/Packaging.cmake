# Install layout of the desktop integration files, and the CPack .deb. Included from the top-level
# CMakeLists.txt (not in TRANSFERLAB_ENGINE_ONLY builds); the executables' own install() rules are
# in app/CMakeLists.txt. `cpack` in the build directory writes transferlab_<version>_<arch>.deb.

# One reverse-DNS id names the desktop file, the icon and the AppStream component, so that
# software centres and the desktop can match them up.
set(TRANSFERLAB_APP_ID io.github.transferlab.TransferLab)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/${TRANSFERLAB_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${TRANSFERLAB_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/${TRANSFERLAB_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The PNG is committed rather than rendered at build time, so that building needs no SVG renderer.
# After changing the SVG: rsvg-convert -w 256 -h 256 icons/<id>.svg -o icons/<id>.png
install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/${TRANSFERLAB_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/transferlab.1 ${CMAKE_CURRENT_LIST_DIR}/transferlab-cli.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# A commented Slurm job-array script for those who write their own (transferlab-cli slurm writes one).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/slurm/transferlab-cache-fill.sbatch
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/transferlab/examples)

# The sample dataset that the app opens when started without one (app/main.cpp looks for it at
# <executable>/../share/transferlab/sample-dataset). Its NOTICE (source, CC-BY-NC licence) goes along.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/sample-dataset
        DESTINATION ${CMAKE_INSTALL_DATADIR}/transferlab)
if(NOT CMAKE_INSTALL_BINDIR STREQUAL "bin" OR NOT CMAKE_INSTALL_DATADIR STREQUAL "share")
  message(WARNING "transferlab finds its sample dataset at bin/../share/transferlab: with "
                  "CMAKE_INSTALL_BINDIR=${CMAKE_INSTALL_BINDIR} and CMAKE_INSTALL_DATADIR="
                  "${CMAKE_INSTALL_DATADIR} the installed app will start without it.")
endif()

set(TRANSFERLAB_PACKAGE_CONTACT "TransferLab maintainers <maintainers@users.noreply.r-seed-b9b4ae83.example>"
    CACHE STRING "Maintainer of the .deb package (Name <email>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME transferlab)
set(CPACK_PACKAGE_VENDOR "TransferLab")
set(CPACK_PACKAGE_CONTACT "${TRANSFERLAB_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "train skin-lesion image classifiers by transfer learning")
# Wrapped by hand: the Debian control file keeps the lines as they are.
set(CPACK_PACKAGE_DESCRIPTION [[
TransferLab trains image classifiers by transfer learning, locally and
without writing code: a frozen ImageNet VGG16 backbone extracts features
and only a small classification head is trained on a folder-per-class
dataset of dermoscopic skin-lesion images. It contains a Qt desktop
application, the headless transferlab-cli and a small sample dataset.

TransferLab is a teaching and research tool. It is NOT a diagnostic device.]])
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# dpkg-shlibdeps (dpkg-dev) derives Depends from the binaries' NEEDED libraries, so the list
# follows the libtorch, Qt, OpenCV and HDF5 versions that the package was built against.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# Qt's own texts (the standard dialogs' buttons) in the user's language; TransferLab's are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)
# xz, as dpkg-deb itself uses, rather than CPack's gzip: the package is mostly the sample's JPEGs
# and two ~1.5 MB stripped executables, so it costs about 2 s for 3.4 MB instead of 3.9 MB. Most
# of cpack's ~12 s is dpkg-shlibdeps.
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
