import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useNavigate, type To } from 'react-router';

type ButtonLinkProps = Omit<ButtonProps, 'href' | 'onClick'> & { to: To };

/**
 * A link that looks like a button: a real `<a href>` (middle-click, copy link and screen readers
 * work) that navigates inside the app on a plain click.
 */
export function ButtonLink({ to, ...buttonProps }: ButtonLinkProps) {
  const navigate = useNavigate();
  const href = useHref(to);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(to);
  };
  return <Button {...buttonProps} href={href} onClick={onClick} />;
}
