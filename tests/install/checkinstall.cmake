# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a fresh prefix and checks what a desktop needs is there and valid.
# Called by CTest with -DBUILD_DIR=... -DPREFIX=...
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(file
        bin/pizhu
        share/icons/hicolor/scalable/apps/io.github.pizhu.Pizhu.svg
        share/applications/io.github.pizhu.Pizhu.desktop
        share/metainfo/io.github.pizhu.Pizhu.metainfo.xml
        share/pizhu/translations/pizhu_zh_CN.qm
        share/pizhu/translations/pizhu_zh_TW.qm
        share/pizhu/translations/pizhu_en.qm)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
execute_process(COMMAND desktop-file-validate "${PREFIX}/share/applications/io.github.pizhu.Pizhu.desktop"
                RESULT_VARIABLE desktop OUTPUT_VARIABLE desktopOut ERROR_VARIABLE desktopOut)
if(NOT desktop EQUAL 0 OR desktopOut MATCHES "error")
    message(FATAL_ERROR "desktop-file-validate: ${desktopOut}")
endif()
execute_process(COMMAND appstreamcli validate --no-net "${PREFIX}/share/metainfo/io.github.pizhu.Pizhu.metainfo.xml"
                RESULT_VARIABLE appstream OUTPUT_VARIABLE appstreamOut ERROR_VARIABLE appstreamOut)
if(NOT appstream EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${appstreamOut}")
endif()
message(STATUS "installed and valid: ${PREFIX}")
