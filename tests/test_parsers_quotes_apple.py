"""A reply that answers under a quoted row, sent as Apple Mail sends it (replies37 6780): the HTML splits the quote
into two blockquotes with the answer between them, so a cut at the first blockquote loses the answer; the plain
part, '>'-quoted with the answer under row 3, keeps it as '第3项：…'."""
from parsers.replies.quotes import new_text

PLAIN = """孙经理，我的那项直接写在下面了。

郭鹏
采购部

> 2026年6月16日 11:35，纪要助手 <minutes@ex.cn> 写道：
>
> | 序号 | 事项 | 负责人 | 截止时间 |
> | 1 | 提供检测报告 | 林雅婷 | 2026-06-18 |
> | 3 | 确认7月首批到货数量 | 郭鹏 | 2026-06-23 |

已完成，报关资料已发给报关行。

> | 4 | 寄送试用样品 | 林雅婷 | 2026-06-22 |
>
> 如有异议请于今日内回复。
"""
HTML = """<html><body><div>孙经理，我的那项直接写在下面了。</div><div><br></div><div>郭鹏</div><div>采购部</div>
<blockquote type="cite">2026年6月16日 11:35，纪要助手 &lt;minutes@ex.cn&gt; 写道：<br>
<table><tr><td>1</td><td>提供检测报告</td><td>林雅婷</td><td>2026-06-18</td></tr>
<tr><td>3</td><td>确认7月首批到货数量</td><td>郭鹏</td><td>2026-06-23</td></tr></table></blockquote>
<div>已完成，报关资料已发给报关行。</div>
<blockquote type="cite"><table><tr><td>4</td><td>寄送试用样品</td><td>林雅婷</td><td>2026-06-22</td></tr></table>
<div>如有异议请于今日内回复。</div></blockquote></body></html>"""


def test_an_answer_between_two_quoted_blocks_is_kept_with_its_row_number():
    text = new_text(PLAIN, HTML)
    assert "第3项：已完成" in text and "如有异议" not in text and "采购部" not in text


def test_a_reply_above_the_quote_alone_still_takes_the_html_cut():
    """The near miss: nothing written under the quote, so the HTML cut (which drops the signature box) stands."""
    plain = PLAIN.split("\n已完成")[0]
    html = HTML.replace("<div>已完成，报关资料已发给报关行。</div>", "")
    assert new_text(plain, html).startswith("孙经理，我的那项直接写在下面了。")
    assert "第3项" not in new_text(plain, html)
