# The core's layers (docs/architecture.md): pep <- project <- net <- index <- resolve <- install
# <- jobs. A module may include its own headers, core/'s top-level ones (error.h, cancel.h) and any
# module below it; never one above it, and nothing outside core/ (cli/ and ui/ are front ends
# above the core). Static libraries link whatever they are given, so each module's library
# depends on a check that reads its sources' #include lines and fails the build on one that
# reaches up.
#
# include(CheckLayers.cmake) defines envdesk_check_layers(); the same file run with cmake -P is
# the check itself:
#   cmake -DMODULE=net -DROOT=<repo> -DFILES=<list file> -DSTAMP=<file> -P CheckLayers.cmake
# where the list file names the module's sources, one a line, relative to <repo>.

set(ENVDESK_LAYERS pep project net index resolve install jobs)

if(NOT CMAKE_SCRIPT_MODE_FILE)
    # envdesk_check_layers(<target> <module> <sources>...): <target> builds only after its
    # sources pass; the check runs again when one of them (or this file) changes.
    function(envdesk_check_layers target module)
        set(files "")
        foreach(source IN LISTS ARGN)
            if(source MATCHES "\\.(h|cpp)$")
                cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")
                cmake_path(RELATIVE_PATH source BASE_DIRECTORY "${PROJECT_SOURCE_DIR}")
                list(APPEND files "${source}")
            endif()
        endforeach()
        list(TRANSFORM files PREPEND "${PROJECT_SOURCE_DIR}/" OUTPUT_VARIABLE depends)
        # Rewritten only when the list changes, so a reconfigure alone does not rerun the check.
        list(JOIN files "\n" lines)
        set(listfile "${CMAKE_CURRENT_BINARY_DIR}/${target}.layers.txt")
        file(CONFIGURE OUTPUT "${listfile}" CONTENT "${lines}\n" @ONLY)
        set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}.layers.stamp")
        add_custom_command(OUTPUT "${stamp}"
            COMMAND "${CMAKE_COMMAND}" "-DMODULE=${module}" "-DROOT=${PROJECT_SOURCE_DIR}"
                    "-DFILES=${listfile}" "-DSTAMP=${stamp}"
                    -P "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
            DEPENDS ${depends} "${listfile}" "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
            COMMENT "Checking that ${module}/ includes no layer above it"
            VERBATIM)
        add_custom_target(${target}_layers DEPENDS "${stamp}")
        add_dependencies(${target} ${target}_layers)
    endfunction()
    return()
endif()

# The check (script mode).
list(FIND ENVDESK_LAYERS "${MODULE}" level)
if(level LESS 0)
    message(FATAL_ERROR "CheckLayers.cmake: unknown module '${MODULE}'")
endif()
if(level EQUAL 0)
    set(allowed "${MODULE} may use no other module")
else()
    list(SUBLIST ENVDESK_LAYERS 0 ${level} below)
    list(JOIN below ", " below)
    set(allowed "${MODULE} may use only ${below}")
endif()

file(STRINGS "${FILES}" files)
set(violations 0)
foreach(file IN LISTS files)
    file(STRINGS "${ROOT}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    cmake_path(GET file PARENT_PATH dir)
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "include[ \t]*([<\"])([^>\"]+)[>\"]")
            continue()
        endif()
        set(written "${CMAKE_MATCH_2}")
        # Where the compiler finds it: "x" next to the including file first, then (like <x>)
        # from the repository's root, the one include directory that reaches other modules.
        # System and Qt headers resolve to neither and are not ours to judge.
        set(found "")
        if(CMAKE_MATCH_1 STREQUAL "\"")
            cmake_path(APPEND dir "${written}" OUTPUT_VARIABLE candidate)
            cmake_path(NORMAL_PATH candidate)
            if(EXISTS "${ROOT}/${candidate}" AND NOT IS_DIRECTORY "${ROOT}/${candidate}")
                set(found "${candidate}")
            endif()
        endif()
        if(NOT found AND EXISTS "${ROOT}/${written}" AND NOT IS_DIRECTORY "${ROOT}/${written}")
            set(found "${written}")
            cmake_path(NORMAL_PATH found)
        endif()
        if(NOT found)
            continue()
        endif()
        if(NOT found MATCHES "^core/")
            message(NOTICE "${file} includes ${written}: core/ may include only core/ headers; "
                           "cli/ and ui/ are front ends above it (docs/architecture.md)")
            math(EXPR violations "${violations} + 1")
        elseif(found MATCHES "^core/([^/]+)/")
            list(FIND ENVDESK_LAYERS "${CMAKE_MATCH_1}" used)
            if(used GREATER level)
                message(NOTICE "${file} includes ${written}: ${allowed} (docs/architecture.md)")
                math(EXPR violations "${violations} + 1")
            endif()
        endif()
    endforeach()
endforeach()

if(violations GREATER 0)
    message(FATAL_ERROR "${MODULE}/ is not built: ${violations} include(s) above its layer, "
                        "listed above")
endif()
file(TOUCH "${STAMP}")
