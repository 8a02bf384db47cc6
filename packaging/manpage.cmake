# Writes ai-policy-atlas.1 from the program's own --help, so the man page never drifts from it.
# Called with -DAPP=<binary> -DOUT=<file> -DVERSION=<x.y.z>.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen ${APP} --lang en --help
                OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ai-policy-atlas --help failed: ${rc}")
endif()
string(REPLACE "${APP}" "ai-policy-atlas" help "${help}")
# Escape troff: backslashes and leading dots/quotes; dashes in options.
string(REPLACE "\\" "\\\\" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "${help}")
string(TIMESTAMP year "%Y" UTC)
file(WRITE ${OUT} ".TH AI-POLICY-ATLAS 1 \"\" \"ai-policy-atlas ${VERSION}\" \"User Commands\"
.SH NAME
ai-policy-atlas \\- offline, bilingual atlas of AI policy and industry trends
.SH SYNOPSIS
.B ai-policy-atlas
[\\fIOPTIONS\\fR]
.SH DESCRIPTION
With no options, the window opens. The options below run a command and exit.
Exit codes: 0 success, 1 failure at run time, 2 bad input or usage.
.SH OPTIONS
.nf
${help}
.fi
.SH FILES
.TP
.I /usr/share/ai-policy-atlas/atlas.sqlite
The dataset, read-only.
.TP
.I ~/.local/share/AIPolicyAtlas/ai-policy-atlas/user.sqlite
Your notes, bookmarks and own records.
")
