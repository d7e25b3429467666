/** A paper in markdown, written for these tests: every construct the reader renders, and a hostile line. */
export const PAPER_MD = `# A Small Paper About Testing Readers

## Abstract

We study *readers* and **renderers** on a [small example](https://example.org/a) with inline math $a_i + b_i$ and a
very long address https://example.org/${'x'.repeat(100)} that must wrap.

## 1 Introduction

Display math stays as TeX:

$$
\\sum_{i=1}^{n} x_i^2
$$

> A quoted remark, with _emphasis_.

- first item
- second item with \`code\`

1. one
2. two

| Model | Score | Notes |
|---|---|---|
| Small | 1.0 | fine |
| Large | 2.0 | a note far longer than any terminal column would ever let it be shown in full, surely |

\`\`\`python
def very_long_function_name_that_goes_on(argument_one, argument_two, argument_three, argument_four, five):
    return argument_one
\`\`\`

![A figure of the model](fig1.png)

## 2 Method

The method has a hostile line: \u001b]0;owned\u0007 and \u001b[2J clears.

### 2.1 Details

Find the word needle here.

And the needle again, in a paragraph of its own.

## 3 Conclusion

Done, see [the code](https://github.com/example/code).
`;
