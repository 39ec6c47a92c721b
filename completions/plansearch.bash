# bash completion for plansearch.  The candidates come from the program
# itself (plansearch --complete), read from the tables its --help prints:
# subcommands, options, the values of --by, --facet, --sort, --level, …,
# and region names from its gazetteer.
_plansearch() {
    local cur=${COMP_WORDS[COMP_CWORD]} out rc
    out=$("${COMP_WORDS[0]}" --complete -- "${COMP_WORDS[@]:0:COMP_CWORD}" "$cur" 2>/dev/null)
    rc=$?
    if [ "$rc" -eq 3 ]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return 0
    fi
    local IFS=$'\n'
    COMPREPLY=($out)
}
complete -o default -F _plansearch plansearch
