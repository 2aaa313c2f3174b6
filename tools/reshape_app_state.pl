#!/usr/bin/perl
# Re-runnable rewrite of the AppState members that moved into their slice's state (issue 12):
#   session, session_serial, practice, briefing -> quiz.*      (QuizState, ui/practice)
#   exam -> exam.run, exam_setup -> exam.setup, exam_view -> exam.view   (ExamState, ui/exam)
#   ui_scale, high_contrast, status -> view.*                  (SharedView, ui/app_state.h)
# and Home's intents to home_cmd:: (intent::SelectBank{1} -> intent::Home{home_cmd::SelectBank{1}}).
# Usage: perl tools/reshape_app_state.pl $(git ls-files 'game/*.cpp' 'game/*.h' 'tests/*.cpp' 'tests/*.h')
# Running it again over rewritten files changes nothing.
use strict;
use warnings;

my $recv = qr/(?:\bstate_?|\bstate\(\)|\bpreview|\bwithout)(?:\.|->)/;
my $braces;
$braces = qr/\{(?:[^{}]++|(??{$braces}))*\}/;
my $home = qr/SelectBank|ToggleCategory|SetAllCategories|SetQuestionCount|SetShuffle|StartQuiz|
              OpenBriefing|GoHome|SetUiScale|SetHighContrast|Quit/x;

for my $file (@ARGV) {
    open(my $in, '<', $file) or die "$file: $!";
    local $/;
    my $text = <$in>;
    close $in;
    my $before = $text;
    $text =~ s/($recv)session_serial\b/$1quiz.session_serial/g;
    $text =~ s/($recv)(session|practice|briefing)\b/$1quiz.$2/g;
    $text =~ s/($recv)exam\b(?!\.(?:run|setup|view)\b)/$1exam.run/g;
    $text =~ s/($recv)exam_(setup|view)\b/$1exam.$2/g;
    $text =~ s/($recv)(ui_scale|high_contrast|status)\b/$1view.$2/g;
    $text =~ s/\bintent::($home)($braces)/intent::Home{home_cmd::$1$2}/g;
    $text =~ s/std::get<intent::($home)>\((\w+)\)/std::get<home_cmd::$1>(std::get<intent::Home>($2).command)/g;
    $text =~ s/\bis<intent::($home)>/is_home<home_cmd::$1>/g;
    next if $text eq $before;
    open(my $out, '>', $file) or die "$file: $!";
    print $out $text;
    close $out;
    print "$file\n";
}
