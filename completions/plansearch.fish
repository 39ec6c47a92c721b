# fish completion for plansearch: the candidates come from the program itself
# (plansearch --complete), read from the tables its --help prints.
function __plansearch_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    $words[1] --complete -- $words $cur 2>/dev/null
    if test $status -eq 3
        __fish_complete_path $cur
    end
end
complete -c plansearch -f -a '(__plansearch_complete)'
