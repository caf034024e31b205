#!/usr/bin/perl
# Lingua::EN::Sentence: one sentence a line.  Usage: perl lingua_sentences.pl FILE
use strict;
use warnings;
use Lingua::EN::Sentence qw(get_sentences);
local $/;
open(my $fh, '<:encoding(UTF-8)', $ARGV[0]) or die "$ARGV[0]: $!";
my $text = <$fh>;
binmode(STDOUT, ':encoding(UTF-8)');
my $s = get_sentences($text);
print "$_\n" for @$s;
