# The core library must stay headless: envdesk-cli runs on servers without a display, and the
# layering (docs/architecture.md) forbids core/ from knowing about widgets. Fail the configure step
# if any direct or transitive link of the given target is Qt6::Gui or Qt6::Widgets. envdesk_core is
# an INTERFACE library over the module libraries: the walk follows INTERFACE_LINK_LIBRARIES down
# to each of them and then their own LINK_LIBRARIES (PRIVATE ones included).
function(_envdesk_collect_links target out)
    set(seen ${${out}})
    foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libs ${target} ${prop})
        if(NOT libs)
            continue()
        endif()
        foreach(lib IN LISTS libs)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            if(lib IN_LIST seen)
                continue()
            endif()
            list(APPEND seen ${lib})
            if(TARGET ${lib})
                _envdesk_collect_links(${lib} seen)
            endif()
        endforeach()
    endforeach()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(envdesk_check_no_gui target)
    set(all "")
    _envdesk_collect_links(${target} all)
    foreach(forbidden Qt6::Gui Qt6::Widgets Qt::Gui Qt::Widgets)
        if(forbidden IN_LIST all)
            message(FATAL_ERROR "${target} links ${forbidden}; core/ must never depend on Gui or "
                                "Widgets (see docs/architecture.md)")
        endif()
    endforeach()
endfunction()
